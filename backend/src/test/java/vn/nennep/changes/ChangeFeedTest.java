package vn.nennep.changes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.changes.Feed.CHANGES;
import static vn.nennep.changes.Feed.of;
import static vn.nennep.support.Api.anonymous;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/** Every audited resource's create, update and delete in the feed, with its address; paging; bad parameters. */
@QuarkusTest
class ChangeFeedTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createUpdateAndDeleteOfEachResourceAppearWithTheirOperationAndAddress() {
        long head = Feed.head();
        String district = Fixtures.district(code("Huyện Thanh Miện"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Đoàn Tùng");
        String branch = Fixtures.branch(commune, "Chi bộ thôn Phạm Lâm");
        String department = Fixtures.create("DEPARTMENT", "Phòng Tài nguyên và Môi trường", district);
        String gone = Fixtures.branch(commune, "Chi bộ sẽ giải thể");
        api().delete("/api/v1/organizations/{id}", gone).then().statusCode(204);
        api().header("If-Match", Fixtures.etag("/api/v1/organizations/{id}", branch))
                .body(Map.of("code", code("CB"), "name", "Chi bộ thôn Phạm Lâm (đổi tên)", "type", "BRANCH",
                        "parentId", commune))
                .put("/api/v1/organizations/{id}", branch).then().statusCode(200);
        String member = Fixtures.member(branch, "Nguyễn Văn Hải");
        String memberPath = "/api/v1/organizations/{b}/members/{m}";
        api().header("If-Match", Fixtures.etag(memberPath, branch, member))
                .body(Map.of("fullName", "Nguyễn Văn Hải", "status", "PROBATIONARY"))
                .put(memberPath, branch, member).then().statusCode(200);
        api().delete(memberPath, branch, member).then().statusCode(204);
        String zone = Fixtures.zone(district, code("Khu"), List.of(commune));
        String conference = Fixtures.heldConference(commune, code("Hội nghị"));
        String followUp = Fixtures.followUp(conference);
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String target = Fixtures.target(resolution, Fixtures.indicatorBody("Kết nạp đảng viên"));
        String report = Fixtures.report(resolution, target, Fixtures.reportBody(commune, "2023-01-01", 12));
        String meeting = Fixtures.meeting(branch);
        api().delete("/api/v1/meetings/{id}", meeting).then().statusCode(204);
        LocalDate lastMonth = LocalDate.now(Time.LOCAL).minusMonths(1).withDayOfMonth(7);
        String briefing = Fixtures.briefing(zone, commune, lastMonth.toString());
        String recommendation = Fixtures.recommendation(briefing, branch, department);
        String templates = "/api/v1/organizations/{id}/meeting-templates";
        api().header("If-Match", "0").body(Map.of("procedure", List.of("Khai mạc", "Thảo luận")))
                .put(templates, commune).then().statusCode(200);
        api().header("If-Match", "1").body(Map.of()).put(templates, commune).then().statusCode(200);
        String user = Fixtures.user("INSPECTOR", district);
        String client = api().body(Map.of("name", code("Máy"), "organizationId", district, "scopes", List.of("read")))
                .post("/api/v1/api-clients").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> items = Feed.all(() -> api(), head);
        // The branch: created, renamed, and its roster count kept by the member's writes.
        assertEquals("organizations CREATE", of(items, branch).get(0));
        assertTrue(of(items, branch).subList(1, of(items, branch).size()).stream()
                .allMatch("organizations UPDATE"::equals));
        assertTrue(of(items, branch).size() >= 2);
        assertEquals(List.of("organizations CREATE", "organizations DELETE"), of(items, gone));
        assertEquals(List.of("members CREATE", "members UPDATE", "members DELETE"), of(items, member));
        assertEquals(List.of("meetings CREATE", "meetings DELETE"), of(items, meeting));
        assertEquals(List.of("zones CREATE"), of(items, zone));
        assertEquals(List.of("follow-ups CREATE"), of(items, followUp));
        assertEquals(List.of("targets CREATE"), of(items, target));
        assertEquals(List.of("indicator-reports CREATE"), of(items, report));
        assertEquals(List.of("briefings CREATE"), of(items, briefing));
        assertEquals(List.of("users CREATE"), of(items, user));
        assertEquals(List.of("api-clients CREATE"), of(items, client));
        assertTrue(of(items, conference).contains("conferences CREATE"));
        assertTrue(of(items, conference).stream().allMatch(c -> c.startsWith("conferences ")));
        assertEquals("resolutions CREATE", of(items, resolution).get(0));
        assertEquals("recommendations CREATE", of(items, recommendation).get(0));
        // The commune's own templates: under the commune's id, at their own address.
        assertEquals(List.of("meeting-templates CREATE", "meeting-templates UPDATE"),
                of(items, commune).stream().filter(c -> c.startsWith("meeting-templates")).toList());
        items.stream().filter(i -> "meeting-templates".equals(i.get("resource"))).forEach(i -> {
            assertEquals("/api/v1/organizations/" + commune + "/meeting-templates", i.get("href"));
            api().get((String) i.get("href")).then().statusCode(200).body("organizationId", equalTo(commune));
        });

        // Each address reads the resource as it is now; a deleted one is gone.
        for (String id : List.of(branch, zone, conference, followUp, resolution, target, report, briefing,
                recommendation, user, client)) {
            String href = href(items, id);
            api().get(href).then().statusCode(200).body("id", equalTo(id));
        }
        assertEquals("/api/v1/resolutions/" + resolution + "/targets/" + target + "/reports/" + report,
                href(items, report));
        api().get(href(items, member)).then().statusCode(404);
        api().get(href(items, meeting)).then().statusCode(404);

        // Commit order: seq strictly increasing, and a resource's own changes in the order they were made.
        for (int i = 1; i < items.size(); i++) {
            assertTrue(seq(items.get(i)) > seq(items.get(i - 1)));
        }
    }

    @Test
    void pagesFollowTheCursorWithoutGapOrRepeat() {
        long head = Feed.head();
        String district = Fixtures.district(code("Huyện Ninh Giang"));
        for (int i = 0; i < 6; i++) {
            Fixtures.grassroots(district, "Đảng bộ xã " + i);
        }
        List<Map<String, Object>> whole = Feed.all(() -> api(), head, 1000);
        List<Map<String, Object>> byTwo = Feed.all(() -> api(), head, 2);
        assertEquals(Feed.ids(whole), Feed.ids(byTwo));
        assertTrue(whole.size() >= 7);

        Map<String, Object> first = api().queryParam("after", head).queryParam("limit", 2).get(CHANGES)
                .then().statusCode(200).extract().path("$");
        List<?> two = (List<?>) first.get("items");
        assertEquals(2, two.size());
        assertEquals(seq((Map<?, ?>) two.get(1)), ((Number) first.get("next")).longValue());
        // At the end: nothing, and the cursor stays (beyond the end is a 410: ChangeHistoryTest).
        long end = Feed.head();
        Map<String, Object> atEnd = api().queryParam("after", end).get(CHANGES).then().statusCode(200)
                .body("items.size()", equalTo(0)).extract().path("$");
        assertEquals(end, ((Number) atEnd.get("next")).longValue());
        // No parameters: from the start, 100 at most.
        api().get(CHANGES).then().statusCode(200).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(100));
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        Map<String, String> bad = new HashMap<>();
        bad.put("after=-1", "after");
        bad.put("after=abc", "after");
        bad.put("after=1.5", "after");
        bad.put("limit=0", "limit");
        bad.put("limit=1001", "limit");
        bad.put("limit=x", "limit");
        bad.forEach((query, field) -> api().get(CHANGES + "?" + query).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:nennep:problem:bad-request"), "errors.field", contains(field)));
        api().get(CHANGES + "?limit=1000").then().statusCode(200);
    }

    @Test
    void anonymousCallersAre401AndMachinesWithoutReadAre403() {
        anonymous().get(CHANGES).then().statusCode(401).contentType(PROBLEM);
        String district = Fixtures.district(code("Huyện Tứ Kỳ"));
        String key = api().body(Map.of("name", code("Máy nhập"), "organizationId", district, "scopes",
                List.of("import"))).post("/api/v1/api-clients").then().statusCode(201).extract().path("apiKey");
        anonymous().header("X-API-Key", key).get(CHANGES).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void nothingWrittenMeansAnEmptyPageWithTheSameCursor() {
        long head = Feed.head();
        String commune = Fixtures.grassroots(Fixtures.district(code("Huyện Gia Lộc")), "Đảng bộ xã Gia Tân");
        String officer = Fixtures.tokenFor("GRASSROOTS_OFFICER", commune);
        long end = Feed.head();
        assertFalse(Feed.all(() -> as(officer), head).isEmpty(), "the commune's own creation is in its feed");
        as(officer).queryParam("after", end).get(CHANGES).then().statusCode(200)
                .body("items.size()", equalTo(0), "next", equalTo((int) end));
    }

    /**
     * A commune reads its feed after a burst of changes elsewhere (a bulk import in another commune): the empty page
     * moves its cursor past them, so they are read once; a full page stops at its last item; nothing is skipped.
     */
    @Test
    void anEmptyOrShortPageMovesTheCursorPastChangesTheCallerMayNotSee() {
        String district = Fixtures.district(code("Huyện Thanh Hà"));
        String branchA = Fixtures.branch(Fixtures.grassroots(district, "Đảng bộ xã Thanh Hồng"), "Chi bộ thôn Đông");
        String branchB = Fixtures.branch(Fixtures.grassroots(district, "Đảng bộ xã Thanh Lang"), "Chi bộ thôn Tây");
        String officer = Fixtures.tokenFor("BRANCH_SECRETARY", branchA);
        long mine = Feed.head();
        for (int i = 0; i < 3; i++) {
            Fixtures.meeting(branchB);
        }
        long elsewhere = Feed.head();
        assertTrue(elsewhere >= mine + 3);
        as(officer).queryParam("after", mine).get(CHANGES).then().statusCode(200)
                .body("items.size()", equalTo(0), "next", equalTo((int) elsewhere));

        String first = Fixtures.meeting(branchA);
        Fixtures.meeting(branchB);
        String second = Fixtures.meeting(branchA);
        Fixtures.meeting(branchB);
        long end = Feed.head();
        // A full page (limit 1) ends at its item, whatever lies beyond it.
        Map<String, Object> one = as(officer).queryParam("after", mine).queryParam("limit", 1).get(CHANGES)
                .then().statusCode(200).extract().path("$");
        List<?> items = (List<?>) one.get("items");
        assertEquals(first, ((Map<?, ?>) items.get(0)).get("id"));
        long cursor = ((Number) one.get("next")).longValue();
        assertEquals(seq((Map<?, ?>) items.get(0)), cursor);
        // A short page ends at the horizon: past the other commune's last meeting, after the second of ours.
        Map<String, Object> rest = as(officer).queryParam("after", cursor).queryParam("limit", 5).get(CHANGES)
                .then().statusCode(200).extract().path("$");
        assertEquals(List.of(second), Feed.ids(list(rest.get("items"))));
        assertEquals(end, ((Number) rest.get("next")).longValue());
        as(officer).queryParam("after", end).get(CHANGES).then().statusCode(200)
                .body("items.size()", equalTo(0), "next", equalTo((int) end));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object items) {
        return (List<Map<String, Object>>) items;
    }

    private static String href(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id"))).map(i -> (String) i.get("href")).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + id));
    }

    private static long seq(Map<?, ?> item) {
        return ((Number) item.get("seq")).longValue();
    }
}
