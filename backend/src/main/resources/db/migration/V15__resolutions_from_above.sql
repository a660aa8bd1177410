-- Nền nếp: documents from above. A resolution, directive or conclusion of an issuer outside the tree (Bộ Chính trị,
-- Ban Bí thư, Tỉnh ủy Thanh Hóa) is registered by the office of the organization it applies to, with its issuer
-- named (issuer_name) instead of an organization of the tree (issuer_id): exactly one of the two is set. Numbers from
-- above are unique per issuer code, issuer name (trimmed, compared case-insensitively), type, term and sequence.

ALTER TABLE resolutions ALTER COLUMN issuer_id DROP NOT NULL;
ALTER TABLE resolutions ADD COLUMN issuer_name varchar(200);
ALTER TABLE resolutions ADD CONSTRAINT resolutions_one_issuer_check
    CHECK ((issuer_id IS NULL) <> (issuer_name IS NULL));
CREATE UNIQUE INDEX resolutions_number_from_above_key
    ON resolutions (issuer_code, lower(issuer_name), document_type, term, sequence) WHERE issuer_id IS NULL;

-- q= searches the issuer name too.
DROP INDEX resolutions_search_idx;
CREATE INDEX resolutions_search_idx
    ON resolutions USING gin (nennep_fold(number || ' ' || title || ' ' || coalesce(issuer_name, '')) gin_trgm_ops);

ALTER TABLE resolutions_aud ADD COLUMN issuer_name varchar(200);
