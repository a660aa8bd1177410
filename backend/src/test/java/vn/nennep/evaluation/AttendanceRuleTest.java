package vn.nennep.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.member;
import static vn.nennep.support.Fixtures.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-meeting attendance rule: no unexcused absence, nobody excused more than 3 times in a row in a year. */
@QuarkusTest
class AttendanceRuleTest {

    private static final String RULE = "/api/v1/meetings/{id}/attendance-rule";

    @Test
    void aFourthExcuseInARowFailsAndThreePass() {
        String district = district("Huyện quy định 12 " + UUID.randomUUID());
        String branch = branch(grassroots(district, "Xã quy định 12"), "Chi bộ quy định 12");
        String a = member(branch, "Nguyễn Văn A");
        String b = member(branch, "Trần Thị B");
        // Last year's excuses do not count towards this year's streak.
        meeting(branch, "2023-12-03T14:00", a, "EXCUSED", b, "PRESENT");
        String first = meeting(branch, "2024-01-03T14:00", a, "EXCUSED", b, "PRESENT");
        meeting(branch, "2024-02-03T14:00", a, "EXCUSED", b, "PRESENT");
        String third = meeting(branch, "2024-03-03T14:00", a, "EXCUSED", b, "PRESENT");
        api().get(RULE, first).then().statusCode(200)
                .body("meetingId", is(first), "unexcusedAbsences", is(0), "passed", is(true))
                .body("membersExcusedMoreThan3InARow", hasSize(0), "membersExcusedMoreThan3InARowCount", is(0));
        api().get(RULE, third).then().statusCode(200).body("passed", is(true));
        String fourth = meeting(branch, "2024-04-03T14:00", a, "EXCUSED", b, "PRESENT");
        api().get(RULE, fourth).then().statusCode(200)
                .body("passed", is(false), "unexcusedAbsences", is(0))
                .body("membersExcusedMoreThan3InARow", contains(a), "membersExcusedMoreThan3InARowCount", is(1));
        // The earlier meetings are judged on the year up to themselves.
        api().get(RULE, third).then().statusCode(200).body("passed", is(true));
        // An inspector sees the verdict and the count, not who.
        as(tokenFor("INSPECTOR", district)).get(RULE, fourth).then().statusCode(200)
                .body("passed", is(false), "membersExcusedMoreThan3InARow", nullValue(),
                        "membersExcusedMoreThan3InARowCount", is(1));
        as(tokenFor("BRANCH_SECRETARY", branch(grassroots(district, "Xã khác"), "Chi bộ khác"))).get(RULE, fourth)
                .then().statusCode(403);
        api().get(RULE, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anUnexcusedAbsenceFailsAndPresenceEndsAStreak() {
        String district = district("Huyện quy định 12b " + UUID.randomUUID());
        String branch = branch(grassroots(district, "Xã quy định 12b"), "Chi bộ quy định 12b");
        String a = member(branch, "Lê Văn C");
        String b = member(branch, "Phạm Thị D");
        String absent = meeting(branch, "2024-01-03T14:00", a, "PRESENT", b, "UNEXCUSED");
        api().get(RULE, absent).then().statusCode(200).body("unexcusedAbsences", is(1), "passed", is(false));
        meeting(branch, "2024-02-03T14:00", a, "EXCUSED", b, "PRESENT");
        meeting(branch, "2024-03-03T14:00", a, "EXCUSED", b, "PRESENT");
        meeting(branch, "2024-04-03T14:00", a, "EXCUSED", b, "PRESENT");
        meeting(branch, "2024-05-03T14:00", a, "PRESENT", b, "PRESENT");
        meeting(branch, "2024-06-03T14:00", a, "EXCUSED", b, "PRESENT");
        meeting(branch, "2024-07-03T14:00", a, "EXCUSED", b, "PRESENT");
        String seventh = meeting(branch, "2024-08-03T14:00", a, "EXCUSED", b, "PRESENT");
        api().get(RULE, seventh).then().statusCode(200)
                .body("unexcusedAbsences", is(0), "membersExcusedMoreThan3InARow", hasSize(0), "passed", is(true));
    }

    /** A held meeting of {@code branch} at {@code start} (local) with a roll: member id, status, member id, status... */
    private static String meeting(String branch, String start, String... roll) {
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (int i = 0; i < roll.length; i += 2) {
            Map<String, Object> line = new HashMap<>(Map.of("memberId", roll[i], "status", roll[i + 1]));
            if ("EXCUSED".equals(roll[i + 1])) {
                line.put("reason", "Đi công tác");
            }
            attendance.add(line);
        }
        Map<String, Object> body = new HashMap<>(Map.of("branchId", branch, "kind", "REGULAR",
                "startedAt", start + ":00+07:00", "attendance", attendance));
        return api().body(body).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }
}
