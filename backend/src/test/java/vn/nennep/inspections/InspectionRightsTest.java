package vn.nennep.inspections;

import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.inspections.InspectionFixtures.BASE;
import static vn.nennep.inspections.InspectionFixtures.ONE;
import static vn.nennep.inspections.InspectionFixtures.body;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who records inspections: the office and the inspectors within their subtree; everyone in reach reads them. */
@QuarkusTest
class InspectionRightsTest {

    @Test
    void anInspectorRecordsTheInspectionsOfItsSubtreeButDeletesNone() {
        String district = district("Huyện quyền kiểm tra");
        String commune = grassroots(district, "Xã quyền kiểm tra");
        String inspector = tokenFor("INSPECTOR", district);
        Map<String, Object> body = body(district, commune);
        String id = as(inspector).body(body).post(BASE).then().statusCode(201).extract().path("id");
        body.put("title", "Giám sát việc học tập nghị quyết");
        as(inspector).header("If-Match", "\"0\"").body(body).put(ONE, id).then().statusCode(200);
        as(inspector).body(Map.of("status", "CANCELLED")).post(ONE + "/status", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(inspector).delete(ONE, id).then().statusCode(403);
        api().delete(ONE, id).then().statusCode(204);

        // An inspector of another district neither writes nor reads the district's inspections.
        String stranger = tokenFor("INSPECTOR", district("Huyện khác quyền kiểm tra"));
        String other = InspectionFixtures.inspection(district, commune);
        as(stranger).body(body(district, commune)).post(BASE).then().statusCode(403);
        as(stranger).get(ONE, other).then().statusCode(403);
        // An inspector of a commune records the commune's inspections, not the district's.
        String communeInspector = tokenFor("INSPECTOR", commune);
        String communeBranch = branch(commune, "Chi bộ quyền kiểm tra");
        as(communeInspector).body(body(commune, communeBranch)).post(BASE).then().statusCode(201);
        as(communeInspector).body(body(district, commune)).post(BASE).then().statusCode(403);
        as(communeInspector).body(Map.of("status", "IN_PROGRESS")).post(ONE + "/status", other).then()
                .statusCode(403);
        api().get(ONE, other).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void aBranchSecretaryAndAGrassrootsOfficerReadButDoNotRecord() {
        String district = district("Huyện đọc kiểm tra");
        String commune = grassroots(district, "Xã đọc kiểm tra");
        String branch = branch(commune, "Chi bộ đọc kiểm tra");
        String id = InspectionFixtures.inspection(district, commune);
        String secretary = tokenFor("BRANCH_SECRETARY", branch);
        as(secretary).get(ONE, id).then().statusCode(200).body("id", equalTo(id));
        as(secretary).queryParam("organizationId", commune).get(BASE).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id));
        as(secretary).body(body(district, commune)).post(BASE).then().statusCode(403);
        as(secretary).body(Map.of("status", "IN_PROGRESS")).post(ONE + "/status", id).then().statusCode(403);
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).body(body(commune, branch)).post(BASE).then().statusCode(403);
        as(officer).delete(ONE, id).then().statusCode(403);
        api().get(ONE, id).then().statusCode(200).body("status", equalTo("PLANNED"));
    }
}
