package vn.nennep.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.CSV_HEADER;
import static vn.nennep.imports.ImportWorld.JSON;
import static vn.nennep.imports.ImportWorld.NDJSON;
import static vn.nennep.imports.ImportWorld.post;
import static vn.nennep.imports.ImportWorld.postAs;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/** Files that cannot be read to their end, and rows that break a rule: a clear report, nothing lost. */
@QuarkusTest
class ImportBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static void none(String externalId) {
        api().get("/api/v1/meetings?externalId={k}", externalId).then().body("totalItems", equalTo(0));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheRowAndNothingIsWritten() throws Exception {
        ImportWorld w = new ImportWorld();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(utf8(CSV_HEADER + w.csvLine(w.key("E1"), w.branchAKey, 24, 21, 2, 0, 1)));
        // A line saved as Latin-1 (as a Windows editor might): "à" is the single byte E0.
        body.write(w.csvLine(w.key("E2"), w.branchAKey, 24, 21, 2, 0, 1).replace("tháng 3", "Hà Nam tháng 3")
                .getBytes(StandardCharsets.ISO_8859_1));
        post("meetings", null, CSV, body.toByteArray()).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:bad-request"))
                .body("detail", containsString("liệu 2")).body("detail", containsString("UTF-8"));
        none(w.key("E1"));
        String json = "[{\"externalId\": \"" + w.key("E3") + "\", \"branchExternalId\": \"" + w.branchAKey
                + "\", \"kind\": \"REGULAR\", \"startedAt\": \"2024-03-05T19:30:00+07:00\", \"membersTotal\": 3,"
                + " \"present\": 3}, {\"externalId\": \"" + w.key("E4") + "\", \"topic\": \"H\u00e0\"}]";
        byte[] latin = json.getBytes(StandardCharsets.ISO_8859_1);
        post("meetings", null, JSON, latin).statusCode(400).body("detail", containsString("liệu 2"));
        none(w.key("E3"));
    }

    @Test
    void aTruncatedJsonOrCsvFileWritesNothing() {
        ImportWorld w = new ImportWorld();
        String row = "{\"externalId\": \"%s\", \"branchExternalId\": \"" + w.branchAKey + "\", \"kind\": \"REGULAR\","
                + " \"startedAt\": \"2024-03-05T19:30:00+07:00\", \"membersTotal\": 3, \"present\": 3}";
        String full = "[" + row.formatted(w.key("T1")) + ", " + row.formatted(w.key("T2")) + "]";
        post("meetings", null, JSON, utf8(full.substring(0, full.length() - 40))).statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("liệu 2"));
        none(w.key("T1"));
        String ndjson = row.formatted(w.key("T3")) + "\n" + row.formatted(w.key("T4")).substring(0, 50);
        post("meetings", null, NDJSON, utf8(ndjson)).statusCode(400).body("detail", containsString("liệu 2"));
        none(w.key("T3"));
        String csv = CSV_HEADER + w.csvLine(w.key("T5"), w.branchAKey, 24, 21, 2, 0, 1)
                + w.key("T6") + "," + w.branchAKey + ",REGULAR,\"Sinh hoạt bị cắt giữa ô có dấu nháy";
        post("meetings", null, CSV, utf8(csv)).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("liệu 2"));
        none(w.key("T5"));
    }

    @Test
    void theRowNumberInAMessageIsPrintedAsAnEditorShowsItWithoutThousandsSeparator() {
        ImportWorld w = new ImportWorld();
        StringBuilder csv = new StringBuilder(w.csvRows("G", 1234));
        csv.append(w.key("G-cut")).append(',').append(w.branchAKey).append(",REGULAR,\"Sinh hoạt bị cắt giữa ô");
        byte[] body = utf8(csv.toString());
        post("meetings", null, CSV, body).statusCode(400).body("detail", containsString("dòng dữ liệu 1235"));
        post(api().header("Accept-Language", "en"), "meetings", null, CSV, body).statusCode(400)
                .body("detail", containsString("data row 1235"));
        none(w.key("G0"));
    }

    @Test
    void malformedJsonAndAnArrayOfNonObjectsAreRefused() {
        ImportWorld w = new ImportWorld();
        post("meetings", null, JSON, utf8("[{\"externalId\": \"" + w.key("X1") + "\",, }]")).statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("liệu 1"));
        post("meetings", null, JSON, utf8("{\"externalId\": \"x\"}")).statusCode(400)
                .body("detail", containsString("mảng"));
        post("meetings", null, JSON, utf8("[1, 2]")).statusCode(400);
        none(w.key("X1"));
    }

    @Test
    void aCsvWithoutARequiredColumnIsRefusedNamingIt() {
        ImportWorld w = new ImportWorld();
        String csv = "Mã ngoài,Chi bộ (mã ngoài),Tổng số đảng viên,Có mặt\n" + w.key("C1") + "," + w.branchAKey
                + ",3,3\n";
        post("meetings", null, CSV, utf8(csv)).statusCode(422).contentType(PROBLEM)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("kind"));
        none(w.key("C1"));
    }

    @Test
    void duplicateExternalIdsAndUnknownBranchesAreErrorRows() {
        ImportWorld w = new ImportWorld();
        String csv = CSV_HEADER + w.csvLine(w.key("D1"), w.branchAKey, 24, 21, 2, 0, 1)
                + w.csvLine(w.key("D1"), w.branchAKey, 24, 20, 3, 0, 1)
                + w.csvLine(w.key("D2"), "KHONG-CO-CHI-BO-NAY", 24, 21, 2, 0, 1)
                + w.csvLine("", w.branchAKey, 24, 21, 2, 0, 1);
        post("meetings", null, CSV, utf8(csv)).statusCode(200).body("created", equalTo(1)).body("failed", equalTo(3))
                .body("errors.row", equalTo(java.util.List.of(2, 3, 4)))
                .body("errors.field", equalTo(java.util.List.of("externalId", "branchExternalId", "externalId")))
                .body("errors[1].message", containsString("KHONG-CO-CHI-BO-NAY"));
        api().get("/api/v1/meetings?externalId={k}", w.key("D1")).then().body("items[0].present", equalTo(21));
    }

    @Test
    void wrongContentTypeUnknownResourceAndWrongRoleAreRefused() {
        ImportWorld w = new ImportWorld();
        byte[] csv = utf8(CSV_HEADER + w.csvLine(w.key("R1"), w.branchAKey, 24, 21, 2, 0, 1));
        post("meetings", null, "text/plain", csv).statusCode(415).contentType(PROBLEM);
        post("meetings", null, "application/xml", csv).statusCode(415);
        post("nghi-quyet", null, CSV, csv).statusCode(404).contentType(PROBLEM);
        postAs(Fixtures.tokenFor("INSPECTOR", w.district), "meetings", CSV, csv).statusCode(403).contentType(PROBLEM);
        postAs(Fixtures.tokenFor("RESPONDER", Fixtures.create("DEPARTMENT", "Ban Tuyên giáo", w.district)),
                "meetings", CSV, csv).statusCode(403);
        post("meetings", "dryRun=maybe", CSV, csv).statusCode(400);
        none(w.key("R1"));
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsSent() throws Exception {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/imports/meetings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: 1073741824\r\nAccept-Language: en\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] buffer = new byte[4000];
            int n = socket.getInputStream().read(buffer);
            String answer = new String(buffer, 0, Math.max(n, 0), StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    @Test
    void aChunkedBodyIsCountedAsItIsReadAndStoppedAtTheLimit() {
        var counting = new BodyTooLarge.Counting(new java.io.ByteArrayInputStream(new byte[5000]), 4096);
        org.junit.jupiter.api.Assertions.assertThrows(BodyTooLarge.Signal.class,
                () -> counting.transferTo(java.io.OutputStream.nullOutputStream()));
    }
}
