package vn.nennep.imports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.CSV_HEADER;
import static vn.nennep.imports.ImportWorld.JSON;
import static vn.nennep.imports.ImportWorld.NDJSON;
import static vn.nennep.imports.ImportWorld.post;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Api;
import vn.nennep.support.TestDatabase;

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
        // Found by q= as a record entered by hand is, without diacritics; a changed theme is found by its new words.
        String thematic = api().get("/api/v1/meetings?externalId={k}", w.key("BB2")).then().extract()
                .path("items[0].id");
        api().queryParam("branchId", w.branchB).queryParam("q", "hoc tap va lam THEO BAC").get("/api/v1/meetings")
                .then().statusCode(200).body("items.id", contains(thematic));
        post("meetings", null, CSV, utf8(csv.replace("Học tập và làm theo Bác", "Dân vận khéo"))).statusCode(200)
                .body("updated", equalTo(1));
        api().queryParam("branchId", w.branchB).queryParam("q", "lam theo bac").get("/api/v1/meetings").then()
                .body("items", hasSize(0));
        api().queryParam("branchId", w.branchB).queryParam("q", "dan van kheo").get("/api/v1/meetings").then()
                .body("items.id", contains(thematic));

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
        api().header("Accept-Language", "en").contentType(CSV).body(utf8(csv))
                .post("/api/v1/imports/meetings?dryRun=true").then().statusCode(200)
                .body("errors[0].message", equalTo("present 20 + excused 2 + unexcused 0 + exempt 1 must equal"
                        + " the members on the roll, 24"));
    }

    /**
     * Rows over several chunks (2,000 rows each) are checked on the reading thread and streamed to COPY on the writing
     * one: all of them are stored; a file cut short after chunks were written stores none of them.
     */
    @Test
    void severalChunksAreAllStoredAndAFileCutShortAfterThemStoresNothing() {
        ImportWorld w = new ImportWorld();
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 4_500; i++) {
            csv.append(w.csvLine(w.key("M" + i), i % 2 == 0 ? w.branchAKey : w.branchBKey, 24, 21 - i % 3, 2 + i % 3,
                    0, 1));
        }
        post("meetings", null, CSV, utf8(csv.toString())).statusCode(200)
                .body("total", equalTo(4_500)).body("created", equalTo(4_500)).body("failed", equalTo(0));
        api().get("/api/v1/meetings?branchId={b}&size=1", w.branchB).then().statusCode(200)
                .body("totalItems", equalTo(2_250));
        api().get("/api/v1/meetings?externalId={k}", w.key("M4497")).then()
                .body("items[0].branchId", equalTo(w.branchB)).body("items[0].present", equalTo(21))
                .body("items[0].excused", equalTo(2)).body("items[0].attendanceRate", equalTo(91.3f));
        post("meetings", null, CSV, utf8(csv.toString())).statusCode(200)
                .body("unchanged", equalTo(4_500)).body("created", equalTo(0));

        String cut = csv.toString().replace(w.key("M"), w.key("N")) + w.key("N-last") + "," + w.branchAKey
                + ",REGULAR,\"Sinh hoạt bị cắt giữa ô";
        post("meetings", null, CSV, utf8(cut)).statusCode(400).body("detail", containsString("dòng dữ liệu 4501"));
        api().get("/api/v1/meetings?externalId={k}", w.key("N0")).then().body("items", hasSize(0));
        api().get("/api/v1/meetings?externalId={k}", w.key("N4499")).then().body("items", hasSize(0));
    }

    /**
     * What COPY must escape (tab, backslash, line breaks) is stored as sent; a task naming the meeting where it is
     * reported is checked against the branch's records, as POST /meetings does; a record that lists no checklist keeps
     * none, one that lists part of it keeps the branch's whole checklist.
     */
    @Test
    void textTasksAndChecklistsAreStoredAsThePostWouldStoreThem() {
        ImportWorld w = new ImportWorld();
        String step = "Thông tin văn bản cấp trên và thời sự";
        String conclusions = "Kết luận:\tmột\\hai\r\nba \\N\nbốn";
        Map<String, Object> first = Map.of("externalId", w.key("K1"), "branchExternalId", w.branchAKey,
                "kind", "REGULAR", "startedAt", "2024-07-05T19:30:00+07:00", "membersTotal", 10, "present", 10,
                "conclusions", conclusions, "topic", "C:\\sổ\\2024");
        api().contentType(JSON).body(List.of(first)).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("created", equalTo(1));
        String k1 = api().get("/api/v1/meetings?externalId={k}", w.key("K1")).then()
                .body("items[0].conclusions", equalTo(conclusions)).body("items[0].topic", equalTo("C:\\sổ\\2024"))
                .body("items[0].procedure", hasSize(0)).extract().path("items[0].id");

        List<Map<String, Object>> rows = List.of(
                Map.of("externalId", w.key("K2"), "branchExternalId", w.branchAKey, "kind", "REGULAR",
                        "startedAt", "2024-08-05T19:30:00+07:00", "membersTotal", 10, "present", 9, "excused", 1,
                        "procedure", List.of(Map.of("step", step, "done", true)),
                        "tasks", List.of(Map.of("title", "Báo cáo kết quả làm đường", "reportAtMeetingId", k1))),
                Map.of("externalId", w.key("K3"), "branchExternalId", w.branchAKey, "kind", "REGULAR",
                        "startedAt", "2024-09-05T19:30:00+07:00", "membersTotal", 10, "present", 10,
                        "tasks", List.of(Map.of("title", "Việc không có kỳ họp",
                                "reportAtMeetingId", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10"))));
        api().contentType(JSON).body(rows).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("tasks[0].reportAtMeetingId"));
        api().get("/api/v1/meetings?externalId={k}", w.key("K2")).then()
                .body("items[0].tasks[0].reportAtMeetingId", equalTo(k1)).body("items[0].procedure", hasSize(8))
                .body("items[0].procedure.find { it.step == '" + step + "' }.done", equalTo(true))
                .body("items[0].procedure.findAll { it.done }", hasSize(1));
        api().get("/api/v1/meetings?externalId={k}", w.key("K3")).then().body("items", hasSize(0));
    }

    /** As POST /meetings does: a carried task imported DONE closes the task of the earlier record it continues. */
    @Test
    void aCarriedTaskImportedDoneClosesTheEarlierRecordsTask() {
        ImportWorld w = new ImportWorld();
        Map<String, Object> march = Map.of("externalId", w.key("C1"), "branchExternalId", w.branchAKey,
                "kind", "REGULAR", "startedAt", "2024-03-05T19:30:00+07:00", "membersTotal", 10, "present", 10,
                "tasks", List.of(Map.of("title", "Vận động làm đường liên thôn", "assigneeName", "Nguyễn Văn An")));
        api().contentType(JSON).body(List.of(march)).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("created", equalTo(1));
        var earlier = api().get("/api/v1/meetings?externalId={k}", w.key("C1")).then()
                .body("items[0].tasks[0].status", equalTo("OPEN")).extract();
        String marchId = earlier.path("items[0].id");
        String task = earlier.path("items[0].tasks[0].id");

        Map<String, Object> april = Map.of("externalId", w.key("C2"), "branchExternalId", w.branchAKey,
                "kind", "REGULAR", "startedAt", "2024-04-05T19:30:00+07:00", "membersTotal", 10, "present", 10,
                "tasks", List.of(Map.of("title", "Vận động làm đường liên thôn", "carriedFromTaskId", task,
                        "status", "DONE")));
        api().contentType(JSON).body(List.of(april)).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(0));
        api().get("/api/v1/meetings/{id}", marchId).then().statusCode(200)
                .body("tasks[0].status", equalTo("DONE")).body("version", equalTo(1));
        api().get("/api/v1/meetings/{id}/history", marchId).then().body("items", hasSize(2));
    }

    /** As curl sends a file over 1 MB: the headers with "Expect: 100-continue", the body only once told to go on. */
    @Test
    void aClientThatWaitsForContinueBeforeSendingTheFileIsAnswered() throws Exception {
        ImportWorld w = new ImportWorld();
        byte[] body = utf8(CSV_HEADER + w.csvLine(w.key("EC1"), w.branchAKey, 24, 21, 2, 0, 1));
        String token = Api.login(TestDatabase.ADMIN_USERNAME, TestDatabase.ADMIN_PASSWORD);
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/imports/meetings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/csv; charset=UTF-8\r\nContent-Length: " + body.length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String interim = headOf(socket.getInputStream());
            assertTrue(interim.startsWith("HTTP/1.1 100"), interim);
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            // Any further interim answer (HTTP allows several) before the final one.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("^(HTTP/1\\.1 100 Continue\r\n\r\n)+", "");
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"created\":1"), answer);
        }
        api().get("/api/v1/meetings?externalId={k}", w.key("EC1")).then().statusCode(200).body("items", hasSize(1));
    }

    /** The status line and headers of one response, up to the blank line. */
    private static String headOf(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }
}
