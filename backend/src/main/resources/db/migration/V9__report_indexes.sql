-- Reports read held meetings by period (scorecard: a quarter; compliance and effect: months of a subtree) and only
-- their counts. Covering those columns lets PostgreSQL answer from this narrow index (index-only scan) instead of
-- reading the wide rows with their JSON lists; measured by bench/run (bench/README.md).
CREATE INDEX meetings_held_report_idx ON meetings (started_at)
    INCLUDE (branch_id, kind, members_total, exempt, present, opinion_count, duration_minutes, combined, score_band,
             theme, id)
    WHERE held;
