-- Nền nếp: what writing a meeting record costs the database. A bulk import of paper minutes books writes 100,000
-- records at a time (POST /imports/meetings, bench/README.md), and every index and per-row check is paid once per
-- record. Measured with COPY of 100,000 imported records (counts only) on the 2-core benchmark machine: the table with
-- its keys and foreign key 1.7 s, and on top of that each index below. Only what no query needs goes.

-- The task lookups (a carried task's origin: MeetingService.holderOf, MeetingRules.taskOfBranch) always name the
-- branch, and a branch keeps a few hundred records at most: meetings_branch_started_idx finds them, and the GIN index
-- over every record's task list (+0.33 s, even for the empty lists of paper records) is never the better plan.
DROP INDEX meetings_tasks_idx;

-- Most records are regular monthly meetings, and a list of all regular meetings in a period is read through the
-- branch or time indexes anyway. The kind index (+0.5 s: a B-tree whose leading column has three values keeps long
-- posting lists to rewrite) now holds only the thematic and extraordinary meetings, the ones looked for by kind.
DROP INDEX meetings_kind_idx;
CREATE INDEX meetings_kind_idx ON meetings (kind, started_at) WHERE kind <> 'REGULAR';

-- An audit row's revision is made in the same transaction, by the application, and revisions are never deleted; the
-- foreign key looked the revision up again for every audit row (+0.42 s per 100,000 imported records). The other
-- audit tables keep theirs: they are written one record at a time.
ALTER TABLE meetings_aud DROP CONSTRAINT meetings_aud_rev_fkey;
