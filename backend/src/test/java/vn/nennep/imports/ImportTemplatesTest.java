package vn.nennep.imports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.imports.ImportWorld.JSON;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A branch's checklist is its nearest ancestor's (itself included), else the default. The import reads the templates
 * of all a chunk's branches at once and must choose exactly as POST /meetings, which reads one branch's.
 */
@QuarkusTest
class ImportTemplatesTest {

    private static final String DEFAULT_STEP = "Thông tin văn bản cấp trên và thời sự";

    @Test
    void eachBranchIsCheckedAgainstItsNearestTemplateAsPostDoes() {
        ImportWorld w = new ImportWorld();
        ImportWorld other = new ImportWorld(); // no template of its own: the default
        template(w.commune, "Bước của xã");
        template(w.branchA, "Bước của chi bộ A");

        List<Map<String, Object>> rows = List.of(
                row(w.key("T1"), w.branchAKey, "Bước của chi bộ A"),
                row(w.key("T2"), w.branchBKey, "Bước của xã"),
                row(w.key("T3"), other.branchAKey, DEFAULT_STEP),
                row(w.key("T4"), w.branchAKey, "Bước của xã"),
                row(w.key("T5"), w.branchBKey, DEFAULT_STEP));
        api().contentType(JSON).body(rows).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("created", equalTo(3)).body("failed", equalTo(2))
                .body("errors.row", contains(4, 5))
                .body("errors.field", contains("procedure[0].step", "procedure[0].step"));
        api().get("/api/v1/meetings?externalId={k}", w.key("T1")).then()
                .body("items[0].procedure.step", contains("Bước của chi bộ A"));
        api().get("/api/v1/meetings?externalId={k}", w.key("T3")).then()
                .body("items[0].procedure.size()", equalTo(8));

        // The same rows one at a time through POST /meetings: the same verdicts.
        post(w.branchA, "Bước của chi bộ A").statusCode(201);
        post(w.branchB, "Bước của xã").statusCode(201);
        post(w.branchA, "Bước của xã").statusCode(422);
        post(w.branchB, DEFAULT_STEP).statusCode(422);
        post(other.branchA, DEFAULT_STEP).statusCode(201);
    }

    /** The organization's own checklist of one step, set as an office sets it (PUT .../meeting-templates). */
    private static void template(String organizationId, String step) {
        api().header("If-Match", "0").body(Map.of("procedure", List.of(step)))
                .put("/api/v1/organizations/{id}/meeting-templates", organizationId).then().statusCode(200);
    }

    private static Map<String, Object> row(String key, String branchKey, String step) {
        return Map.of("externalId", key, "branchExternalId", branchKey, "kind", "REGULAR",
                "startedAt", "2024-06-05T19:30:00+07:00", "membersTotal", 10, "present", 10,
                "procedure", List.of(Map.of("step", step, "done", true)));
    }

    private static io.restassured.response.ValidatableResponse post(String branchId, String step) {
        return api().contentType(JSON).body(Map.of("branchId", branchId, "kind", "REGULAR",
                "startedAt", "2024-07-05T19:30:00+07:00", "membersTotal", 10, "present", 10,
                "procedure", List.of(Map.of("step", step, "done", true)))).post("/api/v1/meetings").then();
    }
}
