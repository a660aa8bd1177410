-- Nền nếp: the change feed across failovers and restores. A cursor (GET /api/v1/changes?after=N) is a seq; seqs are
-- given as max(seq) + rank (ChangeSequencer). Restored from a backup to an earlier point, the database has forgotten
-- the seqs it gave out after that point and would give them out again to new changes: a mirror whose cursor lies past
-- the restore point would skip the new changes silently. So the numbering starts a new epoch whenever it finds itself
-- on a database it has not numbered before, and jumps far ahead; a cursor in the jump's gap, or beyond every seq
-- given out, is answered 410 (ChangeService).
--
-- "A database it has not numbered before" is the triple (system identifier, timeline, database oid):
--   a physical restore to a point in time ends recovery on a new timeline; so does a promotion (failover);
--   a logical restore into another cluster has another system identifier; into the same cluster, another database
--   oid (CREATE DATABASE gives a new one); a major upgrade (pg_upgrade) a new system identifier.
-- Since this table is restored together with the outbox, a restore always forgets the triples seen after its target:
-- the restored database never recognizes itself. A failover loses nothing (synchronous replication): its new epoch
-- only skips numbers, which the contract already allows (seqs are not consecutive).

CREATE TABLE change_epochs (
    -- The first seq the epoch gives out: greatest(history_end, the previous epoch's first_seq - 1) + 1,000,000,000 + 1
    -- (only history_end + 1 for the first epoch ever recorded), so the epochs' first seqs grow with each epoch.
    first_seq         bigint PRIMARY KEY,
    -- The highest seq given out when the epoch began: every seq up to it is still in the outbox.
    history_end       bigint      NOT NULL,
    -- pg_control_system().system_identifier; 0 when the database role may not read it.
    system_identifier bigint      NOT NULL,
    -- The WAL insertion timeline (the first 8 hex digits of the current WAL file's name: pg_control_checkpoint()
    -- keeps the old timeline after a promotion until the next checkpoint); 0 when the role may not read it.
    timeline          bigint      NOT NULL,
    database_oid      oid         NOT NULL,
    seen_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT change_epochs_identity_key UNIQUE (system_identifier, timeline, database_oid),
    CONSTRAINT change_epochs_after_history CHECK (first_seq > history_end)
);

-- The epoch check, run by the sequencer under its advisory lock before it numbers. Records the database's triple
-- when it is new (a new epoch). Its answer holds for the whole session: a primary's triple cannot change while a
-- session is connected to it (a promotion keeps a standby's sessions, but a standby is never checked: in recovery
-- nothing is numbered), and a failover or a restore means new connections. So it is done once per session, remembered
-- in a session setting, and rolled back with the transaction when that fails.
-- Returns NULL when all is well, else what could not be read (the sequencer logs it once): without the timeline a
-- promotion or a point-in-time restore goes unnoticed, and only cursors beyond every seq are refused.
CREATE FUNCTION change_epoch_check() RETURNS text
    LANGUAGE plpgsql
AS $$
DECLARE
    checked    text := current_setting('nennep.change_epoch', true);
    missing    text;
    system_id  bigint := 0;
    insert_tli bigint := 0;
    db         oid;
    seen       bigint;
    last_first bigint;
BEGIN
    IF checked IS NOT NULL AND checked <> '' THEN
        RETURN nullif(checked, 'ok');
    END IF;
    IF pg_is_in_recovery() THEN
        RETURN NULL; -- a standby: nothing to record, and the numbering that follows fails (read-only)
    END IF;
    IF has_function_privilege('pg_control_system()', 'EXECUTE') THEN
        system_id := (pg_control_system()).system_identifier;
    ELSE
        missing := 'pg_control_system()';
    END IF;
    IF has_function_privilege('pg_walfile_name(pg_lsn)', 'EXECUTE')
            AND has_function_privilege('pg_current_wal_lsn()', 'EXECUTE') THEN
        insert_tli := ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::bigint;
    ELSE
        missing := concat_ws(', ', missing, 'pg_walfile_name(pg_lsn)', 'pg_current_wal_lsn()');
    END IF;
    SELECT d.oid INTO db FROM pg_database d WHERE d.datname = current_database();
    IF NOT EXISTS (SELECT 1 FROM change_epochs
                    WHERE system_identifier = system_id AND timeline = insert_tli AND database_oid = db) THEN
        SELECT coalesce(max(seq), 0) INTO seen FROM change_outbox;
        SELECT max(first_seq) INTO last_first FROM change_epochs;
        INSERT INTO change_epochs (first_seq, history_end, system_identifier, timeline, database_oid)
        VALUES (CASE WHEN last_first IS NULL THEN seen + 1 ELSE greatest(seen, last_first - 1) + 1000000001 END,
                seen, system_id, insert_tli, db);
    END IF;
    PERFORM set_config('nennep.change_epoch', coalesce('missing execute on ' || missing, 'ok'), false);
    RETURN 'missing execute on ' || missing;
END
$$;
