package vn.nennep.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.nennep.common.Conflict;
import vn.nennep.common.Instance;
import vn.nennep.common.Time;

/**
 * The {@code import_jobs} table. Every write is its own short transaction (beside the import's long one), so that
 * progress is visible while the import runs and a failed import still leaves its job behind. A running job carries
 * the instance running it and its last sign of life ({@code heartbeat_at}, the database's clock, so that instances'
 * clocks do not matter): any instance marks FAILED a job whose instance stopped giving signs ({@link ImportHeartbeat}).
 */
@ApplicationScoped
class ImportJobs {

    /** A job as stored. */
    record Job(UUID id, String resource, UUID callerId, String status, long rowsDone, Long rowsTotal, String hash,
            JsonNode result, JsonNode problem, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    /** The jobs this instance is running, whose sign of life it renews ({@link #beat()}). */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    ImportJobs(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    void start(UUID id, String resource, UUID callerId, String callerKind, String key, boolean dryRun,
            boolean atomic, String language) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    insert into import_jobs (id, resource, caller_id, caller_kind, idempotency_key, dry_run, atomic,
                        status, started_at, instance_id, heartbeat_at, language) values (:id, :resource, :caller,
                        :kind, :key, :dryRun, :atomic, 'RUNNING', :now, :instance, clock_timestamp(), :language)""")
                    .setParameter("id", id).setParameter("resource", resource).setParameter("caller", callerId)
                    .setParameter("kind", callerKind).setParameter("key", key).setParameter("dryRun", dryRun)
                    .setParameter("atomic", atomic).setParameter("now", Time.now())
                    .setParameter("instance", Instance.NAME).setParameter("language", language).executeUpdate());
        } catch (RuntimeException e) {
            if (key != null && byKey(callerId, key) != null) {
                throw new Conflict("import.idempotency.running");
            }
            throw e;
        }
        running.add(id);
    }

    void progress(UUID id, long rowsDone) {
        QuarkusTransaction.requiringNew().run(() -> {
            // A count for a progress bar, superseded a quarter of a second later: its commit need not wait for the
            // disk (the import's own transaction waits meanwhile, and its database session with it).
            em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
            em.createNativeQuery("""
                    update import_jobs set rows_done = :done, heartbeat_at = clock_timestamp() where id = :id""")
                    .setParameter("done", rowsDone).setParameter("id", id).executeUpdate();
        });
    }

    void succeed(UUID id, String hash, long rows, Object result) {
        String text = write(result);
        running.remove(id);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update import_jobs set status = 'SUCCEEDED', request_hash = :hash, rows_done = :rows,
                    rows_total = :rows, result = cast(:result as jsonb), finished_at = :now
                where id = :id and status = 'RUNNING'""")
                .setParameter("hash", hash).setParameter("rows", rows).setParameter("result", text)
                .setParameter("now", Time.now()).setParameter("id", id).executeUpdate());
    }

    /** A failed job keeps its problem; its Idempotency-Key is freed, so that a retry runs again. */
    void fail(UUID id, Object problem) {
        String text = write(problem);
        running.remove(id);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update import_jobs set status = 'FAILED', idempotency_key = null, problem = cast(:problem as jsonb),
                    finished_at = :now where id = :id and status = 'RUNNING'""")
                .setParameter("problem", text).setParameter("now", Time.now()).setParameter("id", id)
                .executeUpdate());
    }

    /**
     * Inside the import's own transaction, just before it commits: refreshes the job's sign of life and keeps its row
     * locked until the commit, so that no other instance declares it dead meanwhile; false when one already has (the
     * import must then roll back: its Idempotency-Key is free and a retry may be running).
     */
    boolean stillOurs(UUID id) {
        return em.createNativeQuery("""
                update import_jobs set heartbeat_at = clock_timestamp() where id = :id and status = 'RUNNING'""")
                .setParameter("id", id).executeUpdate() == 1;
    }

    /** The jobs this instance runs say they are alive (one statement for all of them; none when there are none). */
    void beat() {
        if (running.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(running);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
            em.createNativeQuery("""
                    update import_jobs set heartbeat_at = clock_timestamp()
                    where id in (:ids) and status = 'RUNNING'""")
                    .setParameter("ids", ids).executeUpdate();
        });
    }

    /** A job declared dead: its id and the instance that ran it. */
    record Abandoned(UUID id, String instance) {
    }

    /**
     * Marks FAILED every running job without a sign of life for {@code staleAfter}: its instance died, and its
     * transaction died with its connection. Its Idempotency-Key is freed like any failed job's. Safe on every instance
     * at once without a lock: a second instance's UPDATE waits for the first's row locks, then finds the rows no
     * longer RUNNING and leaves them. The problem is written in the job's own language.
     */
    List<Abandoned> failAbandoned(Duration staleAfter, Object problemVi, Object problemEn) {
        String vi = write(problemVi);
        String en = write(problemEn);
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update import_jobs set status = 'FAILED', idempotency_key = null, finished_at = clock_timestamp(),
                    problem = case when language = 'en' then cast(:en as jsonb) else cast(:vi as jsonb) end
                where status = 'RUNNING'
                    and heartbeat_at < statement_timestamp() - cast(:staleMillis as bigint) * interval '1 millisecond'
                returning cast(id as text), instance_id""")
                .setParameter("vi", vi).setParameter("en", en).setParameter("staleMillis", staleAfter.toMillis())
                .getResultList());
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Abandoned(UUID.fromString((String) r[0]), (String) r[1])).toList();
    }

    Job byKey(UUID callerId, String key) {
        return one("caller_id = :caller and idempotency_key = :key", callerId, key);
    }

    Job byId(UUID id) {
        return one("id = :id", id, null);
    }

    private Job one(String where, UUID first, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("select cast(id as text), resource, cast(caller_id as text), status,"
                    + " rows_done, rows_total, request_hash, cast(result as text), cast(problem as text), started_at,"
                    + " finished_at from import_jobs where " + where);
            if (key != null) {
                query.setParameter("caller", first).setParameter("key", key);
            } else {
                query.setParameter("id", first);
            }
            List<?> rows = query.getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] r = (Object[]) rows.get(0);
            return new Job(UUID.fromString((String) r[0]), (String) r[1], UUID.fromString((String) r[2]),
                    (String) r[3], ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue(),
                    (String) r[6], read((String) r[7]), read((String) r[8]), time(r[9]), time(r[10]));
        });
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private JsonNode read(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
