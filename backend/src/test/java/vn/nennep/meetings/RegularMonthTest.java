package vn.nennep.meetings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * Issue 08 item 8: a branch holds one regular meeting a month. A second REGULAR record of a branch in a local month is
 * refused (409 naming the first, its date dd/MM/yyyy, and its id) by POST, by a PUT moving a record there, by the
 * import, and when two are sent at once; thematic and extraordinary meetings are not limited.
 */
@QuarkusTest
class RegularMonthTest {

    private static final String MEETINGS = "/api/v1/meetings";

    private static String newBranch(String name) {
        return branch(grassroots(district("Huyện " + name), "Xã " + name), name);
    }

    private static Map<String, Object> body(String branch, String kind, String start) {
        Map<String, Object> body = new HashMap<>(Map.of("branchId", branch, "kind", kind, "startedAt", start,
                "membersTotal", 10, "present", 9, "excused", 1));
        if (kind.equals("THEMATIC")) {
            body.put("theme", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        }
        return body;
    }

    private static String create(Map<String, Object> body) {
        return api().body(body).post(MEETINGS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aSecondRegularMeetingOfTheMonthIsRefusedNamingTheFirst() {
        String branch = newBranch("Chi bộ một tháng một lần");
        String first = create(body(branch, "REGULAR", "2024-03-03T14:00:00+07:00"));
        // 31/3 at 23:30 in Hà Nội is still March there (16:30 UTC).
        api().body(body(branch, "REGULAR", "2024-03-31T16:30:00Z")).post(MEETINGS).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nennep:problem:conflict"), "existingId", equalTo(first),
                        "detail", containsString("03/2024"), "detail", containsString("03/03/2024"),
                        "errors.field", contains("startedAt"), "errors[0].message", containsString("03/03/2024"));
        api().header("Accept-Language", "en").body(body(branch, "REGULAR", "2024-03-20T08:00:00+07:00"))
                .post(MEETINGS).then().statusCode(409).body("existingId", equalTo(first),
                        "detail", containsString("already has a regular meeting record for 03/2024 (on 03/03/2024)"));
        // The next month (1/4 at 00:10 local, still 31/3 in UTC), thematic and extraordinary meetings: all fine.
        create(body(branch, "REGULAR", "2024-03-31T17:10:00Z"));
        create(body(branch, "THEMATIC", "2024-03-10T14:00:00+07:00"));
        create(body(branch, "THEMATIC", "2024-03-24T14:00:00+07:00"));
        create(body(branch, "EXTRAORDINARY", "2024-03-12T14:00:00+07:00"));
        create(body(branch, "EXTRAORDINARY", "2024-03-13T14:00:00+07:00"));
        // Another branch's regular meeting of the same month.
        create(body(newBranch("Chi bộ bên cạnh"), "REGULAR", "2024-03-03T14:00:00+07:00"));
        // A planned meeting (not held, no start) holds the month of its scheduled start.
        Map<String, Object> planned = new HashMap<>(Map.of("branchId", branch, "kind", "REGULAR", "held", false,
                "scheduledAt", "2024-05-03T14:00:00+07:00"));
        String may = create(planned);
        api().body(body(branch, "REGULAR", "2024-05-04T14:00:00+07:00")).post(MEETINGS).then().statusCode(409)
                .body("existingId", equalTo(may));
        planned.put("scheduledAt", "2024-05-20T14:00:00+07:00");
        api().body(planned).post(MEETINGS).then().statusCode(409).body("existingId", equalTo(may),
                "errors.field", contains("scheduledAt"));
    }

    @Test
    void aPutMayEditItsRecordButNotMoveItIntoATakenMonth() {
        String branch = newBranch("Chi bộ sửa tháng");
        String march = create(body(branch, "REGULAR", "2024-03-03T14:00:00+07:00"));
        String april = create(body(branch, "REGULAR", "2024-04-03T14:00:00+07:00"));
        String extra = create(body(branch, "EXTRAORDINARY", "2024-03-15T14:00:00+07:00"));
        // Editing a record within its month is no clash with itself.
        api().header("If-Match", "\"0\"").body(body(branch, "REGULAR", "2024-03-05T14:00:00+07:00"))
                .put(MEETINGS + "/{id}", march).then().statusCode(200);
        api().header("If-Match", "\"0\"").body(body(branch, "REGULAR", "2024-03-20T14:00:00+07:00"))
                .put(MEETINGS + "/{id}", april).then().statusCode(409).body("existingId", equalTo(march),
                        "detail", containsString("05/03/2024"));
        api().header("If-Match", "\"0\"").body(body(branch, "REGULAR", "2024-03-15T14:00:00+07:00"))
                .put(MEETINGS + "/{id}", extra).then().statusCode(409).body("existingId", equalTo(march));
        api().get(MEETINGS + "/{id}", april).then().body("startedAt", equalTo("2024-04-03T07:00:00Z"), "version",
                equalTo(0));
        // Moved to a free month it is accepted.
        api().header("If-Match", "\"0\"").body(body(branch, "REGULAR", "2024-02-20T14:00:00+07:00"))
                .put(MEETINGS + "/{id}", april).then().statusCode(200);
    }

    @Test
    void twoRecordsSentAtOnceMakeOneAndTheOtherIsToldWhich() throws Exception {
        String branch = newBranch("Chi bộ gửi hai lần");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = body(branch, "REGULAR", "2024-03-0" + (3 + i) + "T14:00:00+07:00");
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return api().body(body).post(MEETINGS);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        String created = null;
        String existing = null;
        for (CompletableFuture<Response> answer : sent) {
            Response response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 201) {
                created = response.path("id");
            } else {
                existing = response.path("existingId");
            }
        }
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        assertEquals(created, existing);
        api().queryParam("branchId", branch).get(MEETINGS).then().body("totalItems", equalTo(1));
    }

    @Test
    void theImportRefusesTheRowsThatWouldBeASecondRegularMeeting() {
        String branch = newBranch("Chi bộ nhập sổ");
        String stored = create(body(branch, "REGULAR", "2024-03-03T14:00:00+07:00"));
        String key = Fixtures.code("RM");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String[] row : List.of(new String[] {"A", "REGULAR", "2024-03-10T14:00:00+07:00"},
                new String[] {"B", "REGULAR", "2024-04-03T14:00:00+07:00"},
                new String[] {"C", "REGULAR", "2024-04-28T14:00:00+07:00"},
                new String[] {"D", "THEMATIC", "2024-04-10T14:00:00+07:00"},
                new String[] {"E", "EXTRAORDINARY", "2024-03-11T14:00:00+07:00"})) {
            Map<String, Object> line = body(branch, row[1], row[2]);
            line.put("externalId", key + row[0]);
            rows.add(line);
        }
        api().body(rows).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("created", equalTo(3), "failed", equalTo(2), "errors.row", contains(1, 3),
                        "errors.field", contains("startedAt", "startedAt"),
                        "errors[0].message", containsString("03/03/2024"),
                        "errors[1].message", containsString("03/04/2024"));
        // Sent again: the records stored are unchanged; the refused ones are refused again.
        api().body(rows).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("unchanged", equalTo(3), "failed", equalTo(2));
        // A stored record moved by the import into a month that has one is refused; into a free month, accepted.
        Map<String, Object> moved = new HashMap<>(rows.get(1));
        moved.put("startedAt", "2024-03-20T14:00:00+07:00");
        api().body(List.of(moved)).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("failed", equalTo(1), "errors[0].field", equalTo("startedAt"));
        moved.put("startedAt", "2024-06-20T14:00:00+07:00");
        // B leaves April, so C, moved within it, is refused no longer.
        api().body(List.of(moved, rows.get(2))).post("/api/v1/imports/meetings").then().statusCode(200)
                .body("updated", equalTo(1), "created", equalTo(1), "failed", equalTo(0));
        api().queryParam("branchId", branch).queryParam("kind", "REGULAR").queryParam("sort", "startedAt,asc")
                .get(MEETINGS).then().body("items[0].id", equalTo(stored), "totalItems", equalTo(3));
    }
}
