package vn.nennep.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.CSV_HEADER;
import static vn.nennep.imports.ImportWorld.utf8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A RUNNING job whose instance stopped giving signs of life (killed, its machine gone) is marked FAILED by any
 * instance's heartbeat run, in the job's language, and its Idempotency-Key runs the import again. A job whose instance
 * is alive is left alone. (Two real instances and a real kill: SeveralInstancesIT.)
 */
@QuarkusTest
class ImportAbandonedTest {

    @Inject
    ImportHeartbeat heartbeat;

    @Inject
    ImportJobs jobs;

    @Inject
    EntityManager em;

    /**
     * An import about to commit renews its heartbeat (so it is not declared dead meanwhile); one already declared dead
     * while its instance stalled must not commit.
     */
    @Test
    void anImportAboutToCommitIsKeptAliveAndOneDeclaredDeadMayNotCommit() {
        UUID stalled = job(null, "vi", "interval '10 minutes'");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> jobs.stillOurs(stalled)), "still RUNNING: ours");
        heartbeat.run();
        api().get("/api/v1/imports/{id}", stalled).then().statusCode(200).body("status", equalTo("RUNNING"));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update import_jobs set heartbeat_at = now() - interval '10 minutes' where id = :id")
                .setParameter("id", stalled).executeUpdate());
        heartbeat.run();
        api().get("/api/v1/imports/{id}", stalled).then().statusCode(200).body("status", equalTo("FAILED"));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> jobs.stillOurs(stalled)), "declared dead: not ours");
    }

    @Test
    void aJobWithoutHeartbeatIsFailedInItsLanguageAndItsKeyRunsAgain() {
        ImportWorld w = new ImportWorld();
        String key = "bo-do-" + UUID.randomUUID();
        UUID vietnamese = job(key, "vi", "interval '10 minutes'");
        UUID english = job(null, "en", "interval '10 minutes'");
        UUID alive = job(null, "vi", "interval '0 seconds'");

        heartbeat.run();

        api().get("/api/v1/imports/{id}", vietnamese).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue())
                .body("problem.type", equalTo("urn:nennep:problem:service-unavailable"))
                .body("problem.status", equalTo(503))
                .body("problem.detail", containsString("đã ngừng giữa chừng"));
        api().get("/api/v1/imports/{id}", english).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("problem.detail", containsString("stopped part-way"));
        api().get("/api/v1/imports/{id}", alive).then().statusCode(200).body("status", equalTo("RUNNING"));

        String body = CSV_HEADER + w.csvLine(w.key("M1"), w.branchAKey, 24, 21, 2, 0, 1);
        String first = api().header("Idempotency-Key", key).contentType(CSV).body(utf8(body))
                .post("/api/v1/imports/meetings").then().statusCode(200).body("created", equalTo(1))
                .extract().path("jobId");
        api().header("Idempotency-Key", key).contentType(CSV).body(utf8(body)).post("/api/v1/imports/meetings")
                .then().statusCode(200).body("jobId", equalTo(first)).body("created", equalTo(1));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update import_jobs set status = 'FAILED', finished_at = now() where id = :id")
                .setParameter("id", alive).executeUpdate());
    }

    /** A RUNNING job of the test's administrator whose last heartbeat was {@code ago}. */
    private UUID job(String key, String language, String ago) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into import_jobs (id, resource, caller_id, caller_kind, idempotency_key, dry_run, atomic, status,
                    started_at, instance_id, heartbeat_at, language)
                select :id, 'meetings', id, 'USER', cast(:key as varchar), false, false, 'RUNNING',
                    now() - interval '1 hour', 'may-da-tat:1', now() - %s, :language
                from users where username = 'test-admin'""".formatted(ago))
                .setParameter("id", id).setParameter("key", key).setParameter("language", language).executeUpdate());
        return id;
    }
}
