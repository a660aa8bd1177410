package vn.nennep.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.nennep.imports.ImportWorld.CSV;
import static vn.nennep.imports.ImportWorld.CSV_HEADER;
import static vn.nennep.imports.ImportWorld.utf8;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * A provincial system's machine client with the {@code import} grant loads every resource of its subtree through the
 * import, by the services' own rules; outside its subtree a row is refused; outside an import it writes nothing.
 */
@QuarkusTest
class ImportMachineTest {

    private static RequestSpecification machine(String organization, List<String> scopes) {
        String key = api().body(Map.of("name", Fixtures.code("Hệ thống tỉnh nhập"), "organizationId", organization,
                "scopes", scopes)).post("/api/v1/api-clients").then().statusCode(201).extract().path("apiKey");
        return RestAssured.given().header("X-API-Key", key).header("Accept-Language", "vi");
    }

    @Test
    void aMachineClientImportsOrganizationsMembersAndMeetingsOfItsSubtreeOnly() {
        ImportWorld w = new ImportWorld();
        ImportWorld elsewhere = new ImportWorld();
        RequestSpecification system = machine(w.district, List.of("import"));
        String organizations = "Mã ngoài,Mã,Tên,Loại,Cấp trên (mã ngoài)\n"
                + w.key("CBM") + "," + Fixtures.code("CB") + ",Chi bộ thôn Máy,BRANCH," + w.key("XA") + "\n"
                + w.key("CBX") + "," + Fixtures.code("CB") + ",Chi bộ huyện khác,BRANCH," + elsewhere.key("XA") + "\n";
        // The communes of both worlds get external ids first (as an administrator), so that rows can name them.
        api().body(Map.of("code", Fixtures.code("XA"), "name", "Đảng ủy xã có mã " + w.prefix, "type", "GRASSROOTS",
                "parentId", w.district, "externalId", w.key("XA"))).post("/api/v1/organizations").then().statusCode(201);
        api().body(Map.of("code", Fixtures.code("XA"), "name", "Đảng ủy xã có mã " + elsewhere.prefix,
                "type", "GRASSROOTS", "parentId", elsewhere.district, "externalId", elsewhere.key("XA")))
                .post("/api/v1/organizations").then().statusCode(201);
        ImportWorld.post(system, "organizations", null, CSV, utf8(organizations)).statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(1))
                .body("errors[0].row", equalTo(2)).body("errors[0].message", containsString("ngoài phạm vi"));
        String branch = api().get("/api/v1/organizations?externalId={k}", w.key("CBM")).then()
                .body("items[0].name", equalTo("Chi bộ thôn Máy")).extract().path("items[0].id");

        String members = "Mã ngoài,Chi bộ (mã ngoài),Họ và tên,Loại đảng viên,Ngày vào Đảng\n"
                + w.key("DVM") + "," + w.key("CBM") + ",Nguyễn Văn Máy,FULL,2001-09-02\n"
                + w.key("DVX") + "," + elsewhere.branchAKey + ",Trần Văn Ngoài,FULL,2001-09-02\n";
        ImportWorld.post(system, "members", null, CSV, utf8(members)).statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(1)).body("errors[0].row", equalTo(2));
        api().get("/api/v1/organizations/{id}", branch).then().body("memberCount", equalTo(1));

        String meetings = CSV_HEADER + w.csvLine(w.key("BBM"), w.key("CBM"), 1, 1, 0, 0, 0)
                + w.csvLine(w.key("BBX"), elsewhere.branchAKey, 1, 1, 0, 0, 0);
        ImportWorld.post(system, "meetings", null, CSV, utf8(meetings)).statusCode(200)
                .body("created", equalTo(1)).body("failed", equalTo(1)).body("errors[0].row", equalTo(2));
        api().get("/api/v1/meetings?externalId={k}", w.key("BBX")).then().body("totalItems", equalTo(0));

        // Outside an import the same grant writes nothing; without the grant nothing is imported.
        system.contentType("application/json").body(Map.of("code", Fixtures.code("CB"), "name", "Chi bộ trực tiếp",
                "type", "BRANCH", "parentId", w.commune)).post("/api/v1/organizations").then().statusCode(403);
        ImportWorld.post(machine(w.district, List.of("read")), "members", null, CSV, utf8(members)).statusCode(403);
    }
}
