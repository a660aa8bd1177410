package vn.nennep.changes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.anonymous;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.nennep.common.Time;
import vn.nennep.support.Fixtures;

/**
 * The feed shows each caller what it may read, by the same rules as reading the resources: its subtree, what is
 * anchored above or below it, either side of a recommendation, member changes only with the right to names, accounts
 * to system administrators only, and deletions placed where the deleted row was.
 */
@QuarkusTest
class ChangeScopeTest {

    @Test
    void eachCallerSeesWhatItMayRead() {
        String district = Fixtures.district(code("Huyện Kim Thành"));
        String communeA = Fixtures.grassroots(district, "Đảng bộ xã Kim Anh");
        String communeB = Fixtures.grassroots(district, "Đảng bộ xã Kim Tân");
        String branchA = Fixtures.branch(communeA, "Chi bộ thôn Bến");
        String branchB = Fixtures.branch(communeB, "Chi bộ thôn Dậu");
        String department = Fixtures.create("DEPARTMENT", "Phòng Nông nghiệp", district);
        String officerA = Fixtures.tokenFor("GRASSROOTS_OFFICER", communeA);
        String officerB = Fixtures.tokenFor("GRASSROOTS_OFFICER", communeB);
        String secretaryA = Fixtures.tokenFor("BRANCH_SECRETARY", branchA);
        String inspector = Fixtures.tokenFor("INSPECTOR", district);
        String responder = Fixtures.tokenFor("RESPONDER", department);
        String readKey = key(communeA, List.of("read"));
        String namesKey = key(communeA, List.of("read", "personal-data"));
        long head = Feed.head();

        String meetingA = Fixtures.meeting(branchA);
        String meetingB = Fixtures.meeting(branchB);
        String memberA = Fixtures.member(branchA, "Trần Thị Lan");
        String memberB = Fixtures.member(branchB, "Phạm Văn Nam");
        String gone = Fixtures.branch(communeA, "Chi bộ sáp nhập");
        api().delete("/api/v1/organizations/{id}", gone).then().statusCode(204);
        String zone = Fixtures.zone(district, code("Khu"), List.of(communeA, communeB));
        String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
        String conferenceA = Fixtures.conference(communeA, code("Hội nghị xã Kim Anh"));
        String conferenceB = Fixtures.conference(communeB, code("Hội nghị xã Kim Tân"));
        LocalDate lastMonth = LocalDate.now(Time.LOCAL).minusMonths(1).withDayOfMonth(7);
        String briefing = Fixtures.briefing(zone, communeA, lastMonth.toString());
        String recommendation = Fixtures.recommendation(briefing, branchA, department);
        String account = Fixtures.user("INSPECTOR", communeA);

        List<String> a = seen(() -> as(officerA), head);
        has(a, meetingA, memberA, gone, zone, resolution, conferenceA, briefing, recommendation, branchA);
        hasNot(a, meetingB, memberB, conferenceB, branchB, account);

        List<String> b = seen(() -> as(officerB), head);
        has(b, meetingB, memberB, zone, resolution, conferenceB, briefing);
        hasNot(b, meetingA, memberA, gone, conferenceA, recommendation, account);

        // Below the commune: its own branch, and what is anchored above it.
        List<String> secretary = seen(() -> as(secretaryA), head);
        has(secretary, meetingA, memberA, zone, resolution, conferenceA, recommendation);
        hasNot(secretary, meetingB, memberB, gone, conferenceB, account);

        // The inspector reads the whole district but no member names.
        List<String> inspected = seen(() -> as(inspector), head);
        has(inspected, meetingA, meetingB, gone, conferenceA, conferenceB, recommendation);
        hasNot(inspected, memberA, memberB, account);

        // The department: what is addressed to it and what is anchored above it; not the communes' meetings.
        List<String> answering = seen(() -> as(responder), head);
        has(answering, recommendation, resolution, zone);
        hasNot(answering, meetingA, meetingB, memberA, conferenceA, account);

        // Machine clients: their subtree with read, member changes only with personal-data.
        List<String> machine = seen(() -> anonymous().header("X-API-Key", readKey), head);
        has(machine, meetingA, gone, conferenceA);
        hasNot(machine, memberA, meetingB, account);
        has(seen(() -> anonymous().header("X-API-Key", namesKey), head), memberA);

        // Accounts: system administrators only.
        has(seen(() -> api(), head), account, meetingA, meetingB, memberA, memberB);
    }

    private static String key(String organization, List<String> scopes) {
        return api().body(Map.of("name", code("Máy tỉnh"), "organizationId", organization, "scopes", scopes))
                .post("/api/v1/api-clients").then().statusCode(201).extract().path("apiKey");
    }

    private static List<String> seen(Supplier<RequestSpecification> caller, long head) {
        return Feed.ids(Feed.all(caller, head));
    }

    private static void has(List<String> seen, String... ids) {
        for (String id : ids) {
            assertTrue(seen.contains(id), "should see " + id);
        }
    }

    private static void hasNot(List<String> seen, String... ids) {
        for (String id : ids) {
            assertFalse(seen.contains(id), "should not see " + id);
        }
    }
}
