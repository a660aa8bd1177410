package vn.nennep.studies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.studies.StudyFixtures.actionPlanOf;
import static vn.nennep.studies.StudyFixtures.districtPlan;
import static vn.nennep.studies.StudyFixtures.document;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /action-plans: filters, the search over the organization's name and the plan's number, sorting and CSV. */
@QuarkusTest
class ActionPlanListTest {

    private static final String BASE = "/api/v1/action-plans";

    @Test
    void listsFilterSearchIgnoringDiacriticsSortAndExportCsv() {
        String district = district("Huyện danh sách hành động");
        String danLuc = grassroots(district, "Đảng bộ xã Dân Lực danh sách");
        String hopThanh = grassroots(district, "Đảng bộ xã Hợp Thành danh sách");
        String resolution = document(district);
        String plan = districtPlan(district, resolution);
        String first = actionPlanOf(plan, danLuc);
        String second = actionPlanOf(plan, hopThanh);
        api().body(Map.of("status", "SUBMITTED", "documentNumber", "77-KH/ĐU", "submittedOn", "2024-04-20"))
                .post(BASE + "/{id}/status", second).then().statusCode(200);
        api().body(Map.of("status", "SUBMITTED", "documentNumber", "78-KH/ĐU", "submittedOn", "2024-04-02"))
                .post(BASE + "/{id}/status", first).then().statusCode(200);

        api().queryParam("organizationId", district).queryParam("q", "dan luc").get(BASE).then().statusCode(200)
                .body("items.id", contains(first), "items[0].organizationName", is("Đảng bộ xã Dân Lực danh sách"));
        api().queryParam("organizationId", district).queryParam("q", "77-KH").get(BASE).then()
                .body("items.id", contains(second));
        api().queryParam("resolutionId", resolution).queryParam("sort", "submittedOn,asc").get(BASE).then()
                .body("items.id", contains(first, second));
        api().queryParam("organizationId", hopThanh).get(BASE).then().body("items.id", contains(second));
        api().queryParam("studyPlanId", plan).queryParam("status", "PENDING").get(BASE).then()
                .body("totalItems", is(0));
        api().queryParam("sort", "title").get(BASE).then().statusCode(400);
        api().queryParam("studyPlanId", "not-an-id").get(BASE).then().statusCode(400);

        // A branch of the commune reads its commune's plan; the branch's own subtree has none.
        String branch = branch(danLuc, "Chi bộ thôn danh sách");
        api().queryParam("organizationId", branch).get(BASE).then().body("totalItems", is(0));

        String csv = api().accept("text/csv").queryParam("studyPlanId", plan).get(BASE).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,externalId,studyPlanId,resolutionId,resolutionNumber,organizationId,"
                + "organizationName,dueOn,status"), csv);
        assertTrue(csv.contains("78-KH/ĐU") && csv.contains("Hợp Thành"), csv);
    }
}
