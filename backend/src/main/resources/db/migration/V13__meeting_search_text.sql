-- Nền nếp: a meeting's q= search text, folded once when the record is written (Meeting.searchTextOf, in the
-- application) instead of by the trigram index for every record written. Folding (nennep_fold, i.e. unaccent) was a
-- third of the index's cost: 0.4-0.6 s of the database's time per 100,000 imported records (bench/README.md). The
-- application folds as nennep_fold does on every Vietnamese letter (TextFoldTest), so the records stored before,
-- folded here by the database, are found by the same searches. Not audited: it is derived from theme and topic.
ALTER TABLE meetings ADD COLUMN search_text text;
UPDATE meetings SET search_text = nennep_fold(coalesce(theme, '') || ' ' || coalesce(topic, ''));
ALTER TABLE meetings ALTER COLUMN search_text SET NOT NULL;

DROP INDEX meetings_search_idx;
CREATE INDEX meetings_search_idx ON meetings USING gin (search_text gin_trgm_ops);
