package vn.nennep.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.CSV_HEADER;
import static vn.nennep.imports.ImportWorld.JSON;
import static vn.nennep.imports.ImportWorld.NDJSON;
import static vn.nennep.imports.ImportWorld.post;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Meeting records imported in each format, with Vietnamese headers, quotes and line breaks, and re-sent unchanged. */
@QuarkusTest
class ImportMeetingsTest {

    @Test
    void csvWithBomVietnameseHeadersQuotesAndNewlinesImportsAndResendingChangesNothing() throws Exception {
        ImportWorld w = new ImportWorld();
        String csv = CSV_HEADER.replace("Nội dung", "CHUYÊN ĐỀ") + w.key("BB2") + "," + w.branchBKey
                + ",THEMATIC,\"Chuyên đề \"\"Học tập và làm theo Bác\"\"\ndòng thứ hai, có dấu phẩy\","
                + "2024-04-05T19:30:00+07:00,2024-04-05T21:30:00+07:00,10,10,0,0,0\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(utf8(csv));
        post("meetings", null, CSV, bytes.toByteArray()).statusCode(200)
                .body("total", equalTo(1)).body("created", equalTo(1)).body("failed", equalTo(0))
                .body("committed", equalTo(true)).body("errors", hasSize(0));
        api().get("/api/v1/meetings?externalId={k}", w.key("BB2")).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].theme", equalTo("Chuyên đề \"Học tập và làm theo Bác\"\ndòng thứ hai, có dấu phẩy"))
                .body("items[0].branchId", equalTo(w.branchB))
                .body("items[0].present", equalTo(10));
        post("meetings", null, CSV, bytes.toByteArray()).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(1));

        String regular = CSV_HEADER + w.csvLine(w.key("BB1"), w.branchAKey, 24, 21, 2, 0, 1);
        post("meetings", null, CSV, utf8(regular)).statusCode(200).body("created", equalTo(1));
        String id = api().get("/api/v1/meetings?externalId={k}", w.key("BB1")).then().extract().path("items[0].id");
        api().get("/api/v1/meetings/{id}", id).then().statusCode(200)
                .body("topic", equalTo("Sinh hoạt thường kỳ, tháng 3")).body("membersTotal", equalTo(24))
                .body("attendanceRate", equalTo(91.3f)).body("durationMinutes", equalTo(105))
                .body("version", equalTo(0));
        api().get("/api/v1/meetings/{id}/history", id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].operation", notNullValue());
        // Changed counts: an update, with a new version and a second revision in the trail.
        post("meetings", null, CSV, utf8(CSV_HEADER + w.csvLine(w.key("BB1"), w.branchAKey, 24, 20, 3, 0, 1)))
                .statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
        api().get("/api/v1/meetings/{id}", id).then().body("present", equalTo(20)).body("version", equalTo(1));
        api().get("/api/v1/meetings/{id}/history", id).then().body("items", hasSize(2));
    }

    @Test
    void jsonArrayAndNdjsonImportTheSameRecordsWithReferencesByIdOrExternalId() {
        ImportWorld w = new ImportWorld();
        List<Map<String, Object>> rows = List.of(
                Map.of("externalId", w.key("J1"), "branchExternalId", w.branchAKey, "kind", "REGULAR",
                        "startedAt", "2024-05-05T19:30:00+07:00", "endedAt", "2024-05-05T21:00:00+07:00",
                        "membersTotal", 12, "present", 12, "vote", Map.of("inFavour", 11, "voters", 12)),
                Map.of("externalId", w.key("J2"), "branchId", w.branchB, "kind", "EXTRAORDINARY",
                        "startedAt", "2024-05-06T19:30:00+07:00", "membersTotal", 8, "present", 7, "excused", 1));
        api().contentType(JSON).body(rows).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("resource", equalTo("meetings")).body("created", equalTo(2)).body("total", equalTo(2));
        api().get("/api/v1/meetings?externalId={k}", w.key("J1")).then()
                .body("items[0].vote.inFavour", equalTo(11)).body("items[0].branchId", equalTo(w.branchA));

        String ndjson = "{\"externalId\": \"" + w.key("J1") + "\", \"branchExternalId\": \"" + w.branchAKey
                + "\", \"kind\": \"REGULAR\", \"startedAt\": \"2024-05-05T12:30:00Z\", \"endedAt\":"
                + " \"2024-05-05T21:00:00+07:00\", \"membersTotal\": 12, \"present\": 12,"
                + " \"vote\": {\"inFavour\": 11, \"voters\": 12}}\n"
                + "{\"externalId\": \"" + w.key("J3") + "\", \"branchExternalId\": \"" + w.branchBKey
                + "\", \"kind\": \"REGULAR\", \"startedAt\": \"2024-06-06T19:30:00+07:00\", \"membersTotal\": 8,"
                + " \"present\": 8}\n";
        post("meetings", null, NDJSON, utf8(ndjson)).statusCode(200)
                .body("unchanged", equalTo(1)).body("created", equalTo(1)).body("updated", equalTo(0));
    }

    @Test
    void theRulesOfPostMeetingsApplyToEachRowWithItsFieldAndRow() {
        ImportWorld w = new ImportWorld();
        String csv = CSV_HEADER + w.csvLine(w.key("R1"), w.branchAKey, 24, 21, 2, 0, 1)
                + w.csvLine(w.key("R2"), w.branchAKey, 24, 20, 2, 0, 1)
                + w.csvLine(w.key("R3"), w.branchAKey, 24, -1, 2, 0, 1)
                + w.csvLine(w.key("R4"), w.branchAKey, 24, 21, 2, 0, 1)
                        .replace(",21,2,0,1", ",99999999999,2,0,1");
        var errors = post("meetings", null, CSV, utf8(csv)).statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(3))
                .body("errors.row", equalTo(List.of(2, 3, 4)))
                .body("errors.field", equalTo(List.of("present", "present", "present")))
                .extract().jsonPath().getList("errors.message", String.class);
        assertEquals(3, errors.size());
        api().header("Accept-Language", "en").contentType(CSV).body(utf8(csv.replace("R1", "R5")))
                .post("/api/v1/imports/meetings?dryRun=true").then().statusCode(200)
                .body("errors[0].message", equalTo("present 20 + excused 2 + unexcused 0 + exempt 1 must equal"
                        + " the members on the roll, 24"));
    }
}
