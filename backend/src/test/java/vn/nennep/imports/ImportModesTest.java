package vn.nennep.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.CSV_HEADER;
import static vn.nennep.imports.ImportWorld.post;
import static vn.nennep.imports.ImportWorld.postAs;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/** Dry run, partial and atomic modes; the Idempotency-Key; the job and who may read it. */
@QuarkusTest
class ImportModesTest {

    private static String twoGoodOneBad(ImportWorld w) {
        return CSV_HEADER + w.csvLine(w.key("M1"), w.branchAKey, 24, 21, 2, 0, 1)
                + w.csvLine(w.key("M2"), w.branchAKey, 24, 20, 2, 0, 1)
                + w.csvLine(w.key("M3"), w.branchBKey, 10, 9, 1, 0, 0);
    }

    private static void count(String externalId, int expected) {
        api().get("/api/v1/meetings?externalId={k}", externalId).then().statusCode(200)
                .body("totalItems", equalTo(expected));
    }

    @Test
    void dryRunChecksEveryRowAndWritesNothing() {
        ImportWorld w = new ImportWorld();
        post("meetings", "dryRun=true", CSV, utf8(twoGoodOneBad(w))).statusCode(200)
                .body("dryRun", equalTo(true)).body("committed", equalTo(false))
                .body("created", equalTo(2)).body("failed", equalTo(1)).body("errors[0].row", equalTo(2));
        count(w.key("M1"), 0);
        count(w.key("M3"), 0);
    }

    @Test
    void partialWritesTheValidRowsAndReportsTheOthers() {
        ImportWorld w = new ImportWorld();
        post("meetings", null, CSV, utf8(twoGoodOneBad(w))).statusCode(200)
                .body("committed", equalTo(true)).body("created", equalTo(2)).body("failed", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("present"));
        count(w.key("M1"), 1);
        count(w.key("M2"), 0);
        count(w.key("M3"), 1);
    }

    @Test
    void atomicWritesNothingWhenARowFailsAndEverythingOtherwise() {
        ImportWorld w = new ImportWorld();
        post("meetings", "atomic=true", CSV, utf8(twoGoodOneBad(w))).statusCode(200)
                .body("atomic", equalTo(true)).body("committed", equalTo(false)).body("failed", equalTo(1));
        count(w.key("M1"), 0);
        count(w.key("M3"), 0);
        String good = CSV_HEADER + w.csvLine(w.key("M1"), w.branchAKey, 24, 21, 2, 0, 1)
                + w.csvLine(w.key("M3"), w.branchBKey, 10, 9, 1, 0, 0);
        post("meetings", "atomic=true", CSV, utf8(good)).statusCode(200)
                .body("committed", equalTo(true)).body("created", equalTo(2));
        count(w.key("M1"), 1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndAnotherBodyIsAConflict() {
        ImportWorld w = new ImportWorld();
        String key = Fixtures.code("khoa");
        byte[] body = utf8(CSV_HEADER + w.csvLine(w.key("I1"), w.branchAKey, 24, 21, 2, 0, 1));
        String jobId = api().header("Idempotency-Key", key).contentType(CSV).body(body)
                .post("/api/v1/imports/meetings").then().statusCode(200).body("created", equalTo(1))
                .extract().path("jobId");
        // Not re-run: a second run would answer "unchanged"; the replay is the first answer, job id included.
        api().header("Idempotency-Key", key).contentType(CSV).body(body).post("/api/v1/imports/meetings").then()
                .statusCode(200).body("jobId", equalTo(jobId)).body("created", equalTo(1))
                .body("unchanged", equalTo(0));
        api().header("Idempotency-Key", key).contentType(CSV)
                .body(utf8(CSV_HEADER + w.csvLine(w.key("I2"), w.branchAKey, 24, 21, 2, 0, 1)))
                .post("/api/v1/imports/meetings").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:nennep:problem:conflict"));
        api().header("Idempotency-Key", key).contentType(CSV).body(body).post("/api/v1/imports/meetings?dryRun=true")
                .then().statusCode(409);
        count(w.key("I2"), 0);
        // Another caller's key of the same text is its own.
        String office = Fixtures.tokenFor("DISTRICT_OFFICE", w.district);
        as(office).header("Idempotency-Key", key).contentType(CSV).body(body).post("/api/v1/imports/meetings")
                .then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void aJobIdChosenByTheClientCanBeFollowedWhileTheImportRunsAndIsNotReused() throws Exception {
        ImportWorld w = new ImportWorld();
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 5000; i++) {
            csv.append(w.csvLine(w.key("P" + i), i % 2 == 0 ? w.branchAKey : w.branchBKey, 24, 21, 2, 0, 1));
        }
        String jobId = java.util.UUID.randomUUID().toString();
        var running = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                post("meetings", "jobId=" + jobId, CSV, utf8(csv.toString())).statusCode(200)
                        .extract().<String>path("jobId"));
        long[] seen = {0};
        // Read the job's progress until the import has answered: it only grows, and never past the file.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .pollInterval(java.time.Duration.ofMillis(50)).until(() -> {
                    var job = api().get("/api/v1/imports/{id}", jobId).then().extract();
                    if (job.statusCode() == 200) {
                        long done = ((Number) job.path("rowsDone")).longValue();
                        org.junit.jupiter.api.Assertions.assertTrue(done >= seen[0] && done <= 5000,
                                "rows done " + done);
                        seen[0] = done;
                    }
                    return running.isDone();
                });
        org.junit.jupiter.api.Assertions.assertEquals(jobId, running.get());
        api().get("/api/v1/imports/{id}", jobId).then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                .body("rowsDone", equalTo(5000)).body("result.created", equalTo(5000));
        post("meetings", "jobId=" + jobId, CSV, utf8(CSV_HEADER)).statusCode(409);
    }

    @Test
    void theJobShowsTheResultToItsCallerAndTheAdministratorOnly() {
        ImportWorld w = new ImportWorld();
        String secretary = Fixtures.tokenFor("BRANCH_SECRETARY", w.branchA);
        String jobId = postAs(secretary, "meetings", CSV,
                utf8(CSV_HEADER + w.csvLine(w.key("J1"), w.branchAKey, 24, 21, 2, 0, 1)
                        + w.csvLine(w.key("J2"), w.branchBKey, 10, 10, 0, 0, 0)))
                .statusCode(200).body("created", equalTo(1)).body("failed", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo(null))
                .extract().path("jobId");
        as(secretary).get("/api/v1/imports/{id}", jobId).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("rowsDone", equalTo(2)).body("rowsTotal", equalTo(2))
                .body("result.created", equalTo(1)).body("finishedAt", notNullValue());
        api().get("/api/v1/imports/{id}", jobId).then().statusCode(200).body("result.errors", hasSize(1));
        as(Fixtures.tokenFor("BRANCH_SECRETARY", w.branchB)).get("/api/v1/imports/{id}", jobId).then()
                .statusCode(403);
        api().get("/api/v1/imports/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
