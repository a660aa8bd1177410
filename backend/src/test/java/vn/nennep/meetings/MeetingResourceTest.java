package vn.nennep.meetings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.meeting;
import static vn.nennep.support.Fixtures.meetingBody;
import static vn.nennep.support.Fixtures.member;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MEETINGS = "/api/v1/meetings";
    private static final String MEETING = "/api/v1/meetings/{id}";
    private static final String UNKNOWN = "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10";
    private static final String STEP = "Thông tin văn bản cấp trên và thời sự";

    private static String newBranch(String name) {
        return branch(grassroots(district("Huyện " + name), "Xã " + name), name);
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... namesAndValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            copy.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return copy;
    }

    private static void rejected(Map<String, Object> body, String field) {
        api().body(body).post(MEETINGS).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:validation"), "errors.field", contains(field));
    }

    @Test
    void recordsAMeetingWithARollFromTheRoster() {
        String branch = newBranch("Chi bộ điểm danh");
        String an = member(branch, "Nguyễn Văn An");
        String binh = member(branch, "Trần Văn Bình");
        String hoa = member(branch, "Lê Thị Hoa");
        String cuong = member(branch, "Phạm Văn Cường");
        Map<String, Object> body = with(meetingBody(branch), "membersTotal", 99, "present", 99,
                "attendance", List.of(Map.of("memberId", an, "status", "PRESENT"),
                        Map.of("memberId", binh, "status", "PRESENT"),
                        Map.of("memberId", hoa, "status", "EXCUSED", "reason", "Đi công tác"),
                        Map.of("memberId", cuong, "status", "EXEMPT")),
                "guests", List.of("Đồng chí Lê Văn Toàn, Đảng ủy xã"),
                "opinions", List.of(Map.of("speaker", "Nguyễn Văn An", "area", "ECONOMY", "summary", "Làm đường"),
                        Map.of("speaker", "Lê Thị Hoa", "area", "PARTY_BUILDING")),
                "procedure", List.of(Map.of("step", STEP, "done", true)),
                "vote", Map.of("inFavour", 2, "voters", 2),
                "score", Map.of("criteria", List.of(Map.of("code", "CONDUCT", "points", 38),
                        Map.of("code", "PREVIOUS_RESOLUTION", "points", 30))));
        String id = api().body(body).post(MEETINGS).then().statusCode(201)
                .header("Location", containsString("/api/v1/meetings/")).header("ETag", "\"0\"")
                .body("membersTotal", is(4), "present", is(2), "excused", is(1), "unexcused", is(0), "exempt", is(1),
                        "attendanceRate", is(66.7f), "rollKnown", is(true), "attendance", hasSize(4),
                        "durationMinutes", is(105), "opinionCount", is(2), "procedure", hasSize(8),
                        "procedure.find { it.step == '" + STEP + "' }.done", is(true), "procedure[0].done", is(false),
                        "vote.voters", is(2), "score.criteria", hasSize(7), "score.total", is(68),
                        "score.band", equalTo("AVERAGE"), "held", is(true), "version", is(0))
                .extract().path("id");
        api().get(MEETING, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("attendance.find { it.status == 'EXCUSED' }.reason", equalTo("Đi công tác"));
    }

    @Test
    void recordsBareCountsFromAPaperBook() {
        String branch = newBranch("Chi bộ sổ giấy");
        String id = meeting(branch);
        api().get(MEETING, id).then().statusCode(200)
                .body("membersTotal", is(32), "present", is(28), "attendanceRate", is(93.3f),
                        "rollKnown", is(false), "attendance", nullValue(), "score", nullValue(), "vote", nullValue(),
                        // The book does not say which steps were followed: no checklist, rather than eight unticked.
                        "procedure", hasSize(0));
        Map<String, Object> allExempt = with(meetingBody(branch), "membersTotal", 2, "present", 0, "excused", 0,
                "exempt", 2);
        api().body(allExempt).post(MEETINGS).then().statusCode(201).body("attendanceRate", nullValue());
    }

    @Test
    void rejectsImpossibleRecordsNamingTheField() {
        String branch = newBranch("Chi bộ kiểm tra");
        String stranger = member(newBranch("Chi bộ khác"), "Người ngoài");
        String own = member(branch, "Người trong");
        Map<String, Object> body = meetingBody(branch);
        rejected(with(body, "present", 29), "present");
        rejected(with(body, "endedAt", "2024-03-03T13:00:00+07:00"), "endedAt");
        rejected(with(body, "startedAt", OffsetDateTime.now().plusDays(1).toString(), "endedAt", null), "startedAt");
        rejected(with(body, "attendance", List.of(Map.of("memberId", stranger, "status", "PRESENT"))),
                "attendance[0].memberId");
        rejected(with(body, "attendance", List.of(Map.of("memberId", own, "status", "EXCUSED"))),
                "attendance[0].reason");
        rejected(with(body, "score", Map.of("criteria", List.of(Map.of("code", "ATTENDANCE", "points", 6)))),
                "score.criteria[0].points");
        rejected(with(body, "score", Map.of("criteria", List.of(Map.of("code", "NOPE", "points", 1)))),
                "score.criteria[0].code");
        rejected(with(body, "kind", "THEMATIC"), "theme");
        rejected(with(body, "theme", "Học tập và làm theo tư tưởng Hồ Chí Minh"), "theme");
        rejected(with(body, "vote", Map.of("inFavour", 3, "voters", 2)), "vote.inFavour");
        rejected(with(body, "vote", Map.of("inFavour", 3, "voters", 29)), "vote.voters");
        rejected(with(body, "procedure", List.of(Map.of("step", "Hát Quốc ca", "done", true))), "procedure[0].step");
        String commune = grassroots(district("Huyện không chi bộ"), "Xã không chi bộ");
        api().body(meetingBody(commune)).post(MEETINGS).then().statusCode(422)
                .body("errors.field", contains("branchId"), "errors[0].message", containsString("GRASSROOTS"));
        rejected(meetingBody(UNKNOWN), "branchId");
        api().queryParam("branchId", branch).get(MEETINGS).then().body("totalItems", is(0));
    }

    @Test
    void rejectsBadInputOfEveryKind() {
        String branch = newBranch("Chi bộ dữ liệu sai");
        api().body("{bad").post(MEETINGS).then().statusCode(400).contentType(PROBLEM);
        api().contentType("text/plain").body("x").post(MEETINGS).then().statusCode(415).contentType(PROBLEM);
        api().body(with(meetingBody(branch), "kind", "WEEKLY")).post(MEETINGS).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", contains("kind"));
        api().body(with(meetingBody(branch), "present", -1)).post(MEETINGS).then().statusCode(422)
                .body("errors.field", contains("present"));
        api().body(Map.of("kind", "REGULAR")).post(MEETINGS).then().statusCode(422)
                .body("errors.field", contains("branchId"));
        api().body(with(meetingBody(branch), "membersTotal", null, "present", null)).post(MEETINGS).then()
                .statusCode(422).body("errors.field", contains("membersTotal", "present"));
        api().queryParam("kind", "WEEKLY").get(MEETINGS).then().statusCode(400).body("errors.field", contains("kind"));
        api().queryParam("from", "3/3/2024").get(MEETINGS).then().statusCode(400).body("errors.field", contains("from"));
        api().queryParam("sort", "title").get(MEETINGS).then().statusCode(400).body("errors.field", contains("sort"));
        api().queryParam("withinId", "x").get(MEETINGS).then().statusCode(400);
        api().get(MEETING, UNKNOWN).then().statusCode(404).contentType(PROBLEM);
        api().get(MEETING, "42").then().statusCode(400).body("errors.field", contains("id"));
    }

    @Test
    void updatesWithIfMatchAndKeepsHistory() {
        String branch = newBranch("Chi bộ sửa");
        String id = meeting(branch);
        Map<String, Object> body = with(meetingBody(branch), "topic", "Sinh hoạt thường kỳ tháng 3");
        api().body(body).put(MEETING, id).then().statusCode(428).contentType(PROBLEM);
        api().header("If-Match", "\"7\"").body(body).put(MEETING, id).then().statusCode(412).contentType(PROBLEM);
        api().header("If-Match", "\"0\"").body(body).put(MEETING, id).then().statusCode(200).header("ETag", "\"1\"")
                .body("topic", equalTo("Sinh hoạt thường kỳ tháng 3"), "version", is(1));
        api().get(MEETING + "/history", id).then().statusCode(200).body("totalItems", is(2));
        api().delete(MEETING, id).then().statusCode(204);
        api().get(MEETING, id).then().statusCode(404);
    }

    @Test
    void listsFilteredAndSorted() {
        String commune = grassroots(district("Huyện danh sách họp"), "Xã danh sách họp");
        String one = branch(commune, "Chi bộ một");
        String two = branch(commune, "Chi bộ hai");
        String march = meeting(one);
        String thematic = api().body(with(meetingBody(two), "kind", "THEMATIC",
                        "theme", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                        "startedAt", "2024-04-03T14:00:00+07:00", "endedAt", "2024-04-03T16:00:00+07:00"))
                .post(MEETINGS).then().statusCode(201).extract().path("id");
        api().queryParam("withinId", commune).get(MEETINGS).then().statusCode(200)
                .body("items.id", contains(thematic, march));
        api().queryParam("withinId", commune).queryParam("sort", "startedAt,asc").get(MEETINGS).then()
                .body("items.id", contains(march, thematic));
        api().queryParam("branchId", one).get(MEETINGS).then().body("items.id", contains(march));
        api().queryParam("withinId", commune).queryParam("kind", "THEMATIC").get(MEETINGS).then()
                .body("items.id", contains(thematic));
        api().queryParam("withinId", commune).queryParam("q", "phong cach ho chi minh").get(MEETINGS).then()
                .body("items.id", contains(thematic));
        api().queryParam("withinId", commune).queryParam("from", "2024-04-03").queryParam("to", "2024-04-03")
                .get(MEETINGS).then().body("items.id", contains(thematic));
        api().queryParam("withinId", commune).queryParam("to", "2024-03-03").get(MEETINGS).then()
                .body("items.id", contains(march));
    }

    @Test
    void writersAreTheBranchAndThoseAboveItAndInspectorsSeeNoNames() {
        String commune = grassroots(district("Huyện quyền họp"), "Xã quyền họp");
        String mine = branch(commune, "Chi bộ của tôi");
        String other = branch(commune, "Chi bộ khác");
        String an = member(other, "Nguyễn Văn An");
        Map<String, Object> withRoll = with(meetingBody(other),
                "attendance", List.of(Map.of("memberId", an, "status", "PRESENT")));
        String theirs = api().body(withRoll).post(MEETINGS).then().statusCode(201).extract().path("id");
        String secretary = tokenFor("BRANCH_SECRETARY", mine);
        as(secretary).body(meetingBody(other)).post(MEETINGS).then().statusCode(403).contentType(PROBLEM);
        as(secretary).get(MEETING, theirs).then().statusCode(403).contentType(PROBLEM);
        as(secretary).body(meetingBody(mine)).post(MEETINGS).then().statusCode(201);
        as(secretary).get(MEETINGS).then().statusCode(200).body("totalItems", is(1));
        String inspector = tokenFor("INSPECTOR", commune);
        as(inspector).get(MEETING, theirs).then().statusCode(200)
                .body("present", is(1), "rollKnown", is(true), "attendance", nullValue());
        as(inspector).body(meetingBody(mine)).post(MEETINGS).then().statusCode(403);
        as(tokenFor("GRASSROOTS_OFFICER", commune)).get(MEETING, theirs).then().statusCode(200)
                .body("attendance", hasSize(1));
    }
}
