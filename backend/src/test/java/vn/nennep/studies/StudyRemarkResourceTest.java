package vn.nennep.studies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.studies.SessionFixtures.remark;
import static vn.nennep.studies.SessionFixtures.remarkBody;
import static vn.nennep.studies.SessionFixtures.session;
import static vn.nennep.studies.SessionFixtures.sessionBody;
import static vn.nennep.studies.SessionFixtures.studyPlan;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.member;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Remarks after a study session, their names as personal data, and who records sessions and remarks. */
@QuarkusTest
class StudyRemarkResourceTest {

    private static final String BASE = "/api/v1/study-sessions";
    private static final String REMARKS = BASE + "/{id}/remarks";

    @Test
    void remarksNameACollectiveAMemberOrAPersonAndAreCountedOnTheSession() {
        String district = district("Huyện nhận xét học tập");
        String commune = grassroots(district, "Xã nhận xét");
        String cell = branch(commune, "Chi bộ thôn nhận xét");
        String member = member(cell, "Phan Văn Đichậm");
        String plan = studyPlan(district, district);
        String id = session(plan, district);

        remark(id, remarkBody(commune));
        Map<String, Object> late = remarkBody(commune);
        late.put("memberId", member);
        String memberRemark = api().body(late).post(REMARKS, id).then().statusCode(201)
                .header("Location", containsString("/remarks/")).header("ETag", "\"0\"")
                .body("memberName", equalTo("Phan Văn Đichậm"), "sessionId", equalTo(id), "personName", nullValue())
                .extract().path("id");
        Map<String, Object> praised = remarkBody(district);
        praised.put("kind", "PRAISED");
        praised.put("personName", "Cán bộ Trung tâm Chính trị huyện");
        praised.put("text", "Chuẩn bị tài liệu chu đáo");
        remark(id, praised);

        api().get(BASE + "/{id}", id).then().statusCode(200)
                .body("remarkCounts.LATE", is(2), "remarkCounts.PRAISED", is(1), "remarkCounts.NOT_SERIOUS", is(0));
        api().get(REMARKS, id).then().statusCode(200).body("totalItems", is(3),
                "items.kind", contains("LATE", "LATE", "PRAISED"));
        api().queryParam("kind", "PRAISED").get(REMARKS, id).then().body("items.personName",
                contains("Cán bộ Trung tâm Chính trị huyện"));
        api().queryParam("organizationId", commune).get(REMARKS, id).then().body("totalItems", is(2));
        api().get(REMARKS + "/{r}", id, memberRemark).then().statusCode(200).header("ETag", "\"0\"")
                .body("memberName", equalTo("Phan Văn Đichậm"));

        // An inspector reads the remarks without the names; the district office with them.
        String inspector = tokenFor("INSPECTOR", district);
        as(inspector).get(REMARKS + "/{r}", id, memberRemark).then().statusCode(200)
                .body("memberName", nullValue(), "memberId", equalTo(member), "text", equalTo("Vào hội nghị chậm 15 phút"));
        as(inspector).get(REMARKS, id).then().statusCode(200)
                .body("items.personName", not(contains("Cán bộ Trung tâm Chính trị huyện")));
        as(inspector).accept("text/csv").get(REMARKS, id).then().statusCode(200)
                .body(not(containsString("Đichậm")), not(containsString("Trung tâm Chính trị")));
        as(tokenFor("DISTRICT_OFFICE", district)).accept("text/csv").get(REMARKS, id).then().statusCode(200)
                .body(containsString("Phan Văn Đichậm"));

        late.put("kind", "ABSENT_WITHOUT_LEAVE");
        api().body(late).put(REMARKS + "/{r}", id, memberRemark).then().statusCode(428);
        api().header("If-Match", "\"0\"").body(late).put(REMARKS + "/{r}", id, memberRemark).then().statusCode(200)
                .body("kind", equalTo("ABSENT_WITHOUT_LEAVE"), "version", is(1));
    }

    @Test
    void aRemarkStaysWithinTheSessionsReachAndTheRoster() {
        String district = district("Huyện nhận xét sai");
        String commune = grassroots(district, "Xã có hội nghị");
        String neighbour = grassroots(district, "Xã bên cạnh");
        String stranger = member(branch(neighbour, "Chi bộ xã bên"), "Đỗ Văn Ngoài");
        String plan = studyPlan(district, district);
        String id = session(plan, commune);

        Map<String, Object> body = remarkBody(commune);
        body.put("memberId", stranger);
        api().body(body).post(REMARKS, id).then().statusCode(422).body("errors.field", contains("memberId"));
        body.put("memberId", member(branch(commune, "Chi bộ của xã"), "Vũ Thị Trongxã"));
        body.put("personName", "Người khác");
        api().body(body).post(REMARKS, id).then().statusCode(422).body("errors.field", contains("personName"));
        api().body(remarkBody(neighbour)).post(REMARKS, id).then().statusCode(422)
                .body("errors.field", contains("organizationId"), "errors[0].message", containsString("Xã có hội nghị"));
        api().body(Map.of("organizationId", commune, "kind", "LATE")).post(REMARKS, id).then().statusCode(422)
                .body("errors.field", contains("text"));
        api().get(REMARKS, id).then().body("totalItems", is(0));
    }

    @Test
    void aGrassrootsOfficerRecordsItsOwnSessionsNotTheDistricts() {
        String district = district("Huyện quyền hội nghị");
        String commune = grassroots(district, "Xã tự ghi hội nghị");
        String neighbour = grassroots(district, "Xã khác ghi hội nghị");
        String cell = branch(commune, "Chi bộ thôn quyền");
        String plan = studyPlan(district, district);
        String officer = tokenFor("GRASSROOTS_OFFICER", commune);

        String own = as(officer).body(sessionBody(plan, commune)).post(BASE).then().statusCode(201)
                .extract().path("id");
        as(officer).body(sessionBody(plan, district)).post(BASE).then().statusCode(403);
        as(officer).body(sessionBody(plan, neighbour)).post(BASE).then().statusCode(403);
        as(officer).body(sessionBody(plan, cell)).post(BASE).then().statusCode(403);
        as(officer).body(remarkBody(cell)).post(REMARKS, own).then().statusCode(201);
        String districts = session(plan, district);
        as(officer).get(BASE + "/{id}", districts).then().statusCode(200);
        as(officer).body(remarkBody(commune)).post(REMARKS, districts).then().statusCode(403);
        as(officer).header("If-Match", "\"0\"").body(sessionBody(plan, district)).put(BASE + "/{id}", districts)
                .then().statusCode(403);
        as(officer).header("If-Match", "\"0\"").body(sessionBody(plan, district)).put(BASE + "/{id}", own)
                .then().statusCode(403);
        api().get(BASE + "/{id}", own).then().body("organizationId", equalTo(commune));

        String secretary = tokenFor("BRANCH_SECRETARY", cell);
        as(secretary).get(BASE + "/{id}", own).then().statusCode(200);
        as(secretary).body(remarkBody(cell)).post(REMARKS, own).then().statusCode(403);
        String neighbourSession = session(plan, neighbour);
        as(tokenFor("BRANCH_SECRETARY", cell)).get(BASE + "/{id}", neighbourSession).then().statusCode(403);
        as(tokenFor("INSPECTOR", district)).body(sessionBody(plan, district)).post(BASE).then().statusCode(403);
    }
}
