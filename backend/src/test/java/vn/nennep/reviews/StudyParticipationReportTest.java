package vn.nennep.reviews;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * The study participation report against sessions counted by hand: seed 004's conference (36 bridge points, 1,350 of
 * 1,353 online and 350 of 350 in the hall: 99.8 %), walk-ins counted in attended but capped per point in the rate,
 * remarks by kind, the local day of a session's start, and the sessions that do not count (not yet started, of
 * another document, of another subtree).
 */
@QuarkusTest
class StudyParticipationReportTest {

    private static final String REPORT = "/api/v1/reports/study-participation";

    @Inject
    EntityManager em;

    @Test
    void participationIsCountedPerDocumentAudienceAndOrganizer() {
        ReviewFixtures rows = new ReviewFixtures(em);
        String district = Fixtures.district(code("Huyện học tập"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Dân Lực");
        String branch = Fixtures.branch(commune, "Chi bộ thôn 1");
        String member = Fixtures.member(branch, "Lê Văn Học");
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String other = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String plan = rows.studyPlan(district, resolution, code("KH") + "-KH/HU", java.time.LocalDate.of(2024, 4, 30));
        String otherPlan = rows.studyPlan(district, other, code("KH") + "-KH/HU", java.time.LocalDate.of(2024, 4, 30));
        // Seed 004: 35 points of 37 who all came, one of 58 where 55 came; 350 of 350 in the hall.
        List<int[]> points = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            points.add(new int[] {37, 37});
        }
        points.add(new int[] {58, 55});
        rows.session(plan, district, "KEY_CADRES", at("2024-03-05T07:30:00+07:00"), new int[] {350, 350}, points);
        // The commune, all members: online 20 expected and 23 came (3 walk-ins, 20 counted), 10 and 8; then a hall of
        // 40 where 38 came. Started 00:30 on 10/4 local time, still 9/4 in UTC.
        String online = rows.session(plan, commune, "ALL_MEMBERS", at("2024-04-10T00:30:00+07:00"), null,
                List.of(new int[] {20, 23}, new int[] {10, 8}));
        String hall = rows.session(plan, commune, "ALL_MEMBERS", at("2024-04-12T08:00:00+07:00"),
                new int[] {40, 38}, List.of());
        // A radio broadcast without counts; a session not started yet; one of another document.
        rows.session(plan, district, "MASS_ORGANIZATION_MEMBERS", at("2024-03-06T19:00:00+07:00"), null, List.of());
        rows.session(plan, commune, "ALL_MEMBERS", OffsetDateTime.now().plusDays(2), new int[] {10, 0}, List.of());
        rows.session(otherPlan, commune, "ALL_MEMBERS", at("2024-04-15T08:00:00+07:00"), new int[] {10, 10},
                List.of());
        rows.remark(online, branch, member, "LATE");
        rows.remark(online, commune, null, "LATE");
        rows.remark(online, branch, null, "PRAISED");
        rows.remark(hall, commune, null, "NOT_SERIOUS");

        var all = api().queryParam("organizationId", district).queryParam("resolutionId", resolution).get(REPORT)
                .then().statusCode(200)
                .body("items.organizationId", contains(district, district, commune))
                .body("items.audience", contains("KEY_CADRES", "MASS_ORGANIZATION_MEMBERS", "ALL_MEMBERS"))
                .body("items[0].sessionsHeld", equalTo(1))
                .body("items[0].expected", equalTo(1703))
                .body("items[0].attended", equalTo(1700))
                .body("items[0].walkIns", equalTo(0))
                .body("items[0].participationRate", equalTo(99.8f))
                .body("items[1].expected", equalTo(0))
                .body("items[1].participationRate", nullValue())
                .body("items[2].sessionsHeld", equalTo(2))
                .body("items[2].expected", equalTo(70))
                .body("items[2].attended", equalTo(69))
                .body("items[2].walkIns", equalTo(3))
                // (20 + 8 + 38) / 70, the 3 walk-ins not counted: 94.3, not 69 / 70 = 98.6.
                .body("items[2].participationRate", equalTo(94.3f))
                .body("items[2].remarks", equalTo(Map.of("LATE", 2, "INCOMPLETE_ATTENDANCE", 0, "NOT_SERIOUS", 1,
                        "ABSENT_WITHOUT_LEAVE", 0, "PRAISED", 1)))
                .body("totals.sessionsHeld", equalTo(4))
                .body("totals.expected", equalTo(1773))
                .body("totals.attended", equalTo(1769))
                .body("totals.walkIns", equalTo(3))
                // (1,700 + 66) / 1,773 = 99.605…
                .body("totals.participationRate", equalTo(99.6f))
                .body("totals.remarks.LATE", equalTo(2))
                .extract().jsonPath();

        // Every document: the other plan's session joins the commune's rows.
        api().queryParam("organizationId", commune).get(REPORT).then().statusCode(200)
                .body("items.resolutionId", contains(List.of(resolution, other).stream().sorted(
                        (a, b) -> number(a).compareTo(number(b))).toArray()))
                .body("totals.sessionsHeld", equalTo(3));
        // From 10/4 (local): the session of 00:30 on 10/4 counts, those of March do not.
        api().queryParam("organizationId", district).queryParam("resolutionId", resolution)
                .queryParam("from", "2024-04-10").queryParam("to", "2024-04-10").get(REPORT).then().statusCode(200)
                .body("items.organizationId", contains(commune))
                .body("items[0].sessionsHeld", equalTo(1))
                .body("items[0].participationRate", equalTo(93.3f));

        List<List<String>> csv = ReviewCsv.read(api(), REPORT, Map.of("organizationId", district, "resolutionId",
                resolution), "hoc-tap-quan-triet.csv");
        ReviewCsv.assertSame(List.of("resolutionId", "resolutionNumber", "audience", "organizationId",
                "organizationName", "sessionsHeld", "expected", "attended", "walkIns", "participationRate", "remarks"),
                all.getList("items"), csv);
    }

    @Test
    void badParametersAndAnotherSubtreeAreRefused() {
        String district = Fixtures.district(code("Huyện học tập"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Hợp Lý");
        String neighbour = Fixtures.grassroots(district, "Đảng bộ xã Hợp Thành");
        api().get(REPORT).then().statusCode(400).body("errors.field", contains("organizationId"));
        api().queryParam("organizationId", "khong-phai-uuid").get(REPORT).then().statusCode(400)
                .body("errors.field", contains("organizationId"));
        api().queryParam("organizationId", district).queryParam("from", "2024-13-01").get(REPORT).then()
                .statusCode(400).body("errors.field", contains("from"));
        api().queryParam("organizationId", district).queryParam("from", "2024-05-01").queryParam("to", "2024-04-30")
                .get(REPORT).then().statusCode(400).body("errors.field", contains("to"));
        api().queryParam("organizationId", district).queryParam("resolutionId", "1").get(REPORT).then()
                .statusCode(400).body("errors.field", contains("resolutionId"));
        api().queryParam("organizationId", java.util.UUID.randomUUID().toString()).get(REPORT).then()
                .statusCode(404);
        String officer = Fixtures.tokenFor("GRASSROOTS_OFFICER", commune);
        as(officer).queryParam("organizationId", neighbour).get(REPORT).then().statusCode(403);
        as(officer).queryParam("organizationId", district).get(REPORT).then().statusCode(403);
        as(officer).queryParam("organizationId", commune).get(REPORT).then().statusCode(200)
                .body("totals.sessionsHeld", equalTo(0))
                .body("totals.participationRate", nullValue());
    }

    private static String number(String resolution) {
        return api().get("/api/v1/resolutions/{id}", resolution).then().extract().path("number");
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }
}
