package vn.nennep.meetings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.branch;
import static vn.nennep.support.Fixtures.district;
import static vn.nennep.support.Fixtures.grassroots;
import static vn.nennep.support.Fixtures.meetingBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tasks not done carry over: the next month's record starts from them, and finishing one there closes it here. */
@QuarkusTest
class MeetingTasksTest {

    private static final String MEETINGS = "/api/v1/meetings";
    private static final String CARRY_OVER = "/api/v1/meetings/carry-over";

    private static String newBranch(String name) {
        return branch(grassroots(district("Huyện " + name), "Xã " + name), name);
    }

    private static JsonPath create(Map<String, Object> body) {
        return api().body(body).post(MEETINGS).then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> in(String branch, String startedAt, List<Map<String, Object>> tasks) {
        Map<String, Object> body = meetingBody(branch);
        body.put("startedAt", startedAt);
        body.remove("endedAt");
        body.put("tasks", tasks);
        return body;
    }

    @Test
    void lastMonthsOpenTasksCarryIntoTheNextRecordAndCloseThere() {
        String branch = newBranch("Chi bộ chuyển tiếp");
        JsonPath march = create(in(branch, "2024-03-03T14:00:00+07:00", List.of(
                Map.of("title", "Vận động phân loại rác", "assigneeName", "Chi hội Phụ nữ", "dueOn", "2024-03-31"),
                Map.of("title", "Sửa nhà văn hóa", "status", "DONE"),
                Map.of("title", "Thu đảng phí quý I", "assigneeName", "Đồng chí Bình"))));
        create(in(newBranch("Chi bộ bên cạnh"), "2024-03-05T14:00:00+07:00",
                List.of(Map.of("title", "Việc của chi bộ khác"))));

        JsonPath carried = api().queryParam("branchId", branch).queryParam("month", "2024-04").get(CARRY_OVER)
                .then().statusCode(200).body("items.title", contains("Vận động phân loại rác", "Thu đảng phí quý I"))
                .body("items[0].meetingId", equalTo(march.getString("id")), "items[0].dueOn", equalTo("2024-03-31"))
                .extract().jsonPath();
        api().queryParam("branchId", branch).queryParam("month", "2024-05").get(CARRY_OVER)
                .then().statusCode(200).body("items", hasSize(0));

        String waste = carried.getString("items[0].carriedFromTaskId");
        String fees = carried.getString("items[1].carriedFromTaskId");
        JsonPath april = create(in(branch, "2024-04-03T14:00:00+07:00", List.of(
                Map.of("title", "Vận động phân loại rác", "status", "DONE", "carriedFromTaskId", waste),
                Map.of("title", "Thu đảng phí quý I", "status", "OPEN", "carriedFromTaskId", fees))));
        api().get(MEETINGS + "/{id}", march.getString("id")).then().statusCode(200).header("ETag", "\"1\"")
                .body("tasks.status", contains("DONE", "DONE", "OPEN"));

        // May: the fee task, still open in April, is finished; both April's copy and March's original close.
        String aprilFees = april.getString("tasks[1].id");
        api().queryParam("branchId", branch).queryParam("month", "2024-05").get(CARRY_OVER)
                .then().body("items.carriedFromTaskId", contains(aprilFees));
        create(in(branch, "2024-05-03T14:00:00+07:00", List.of(
                Map.of("title", "Thu đảng phí quý I", "status", "DONE", "carriedFromTaskId", aprilFees))));
        api().get(MEETINGS + "/{id}", april.getString("id")).then().body("tasks.status", contains("DONE", "DONE"));
        api().get(MEETINGS + "/{id}", march.getString("id")).then().body("tasks.status", contains("DONE", "DONE", "DONE"));
    }

    @Test
    void tasksKeepTheirIdsAndReferencesAreChecked() {
        String branch = newBranch("Chi bộ nhiệm vụ");
        JsonPath march = create(in(branch, "2024-03-03T14:00:00+07:00",
                List.of(Map.of("title", "Rà soát hộ nghèo"))));
        String id = march.getString("id");
        String taskId = march.getString("tasks[0].id");
        Map<String, Object> edited = in(branch, "2024-03-03T14:00:00+07:00",
                List.of(Map.of("id", taskId, "title", "Rà soát hộ nghèo, cận nghèo", "reportAtMeetingId", id)));
        api().header("If-Match", "\"0\"").body(edited).put(MEETINGS + "/{id}", id).then().statusCode(200)
                .body("tasks[0].id", equalTo(taskId), "tasks[0].status", equalTo("OPEN"));

        String other = newBranch("Chi bộ không liên quan");
        api().body(in(other, "2024-04-03T14:00:00+07:00",
                List.of(Map.of("title", "Sao chép", "carriedFromTaskId", taskId)))).post(MEETINGS)
                .then().statusCode(422).body("errors.field", contains("tasks[0].carriedFromTaskId"));
        api().body(in(other, "2024-04-03T14:00:00+07:00",
                List.of(Map.of("title", "Báo cáo", "reportAtMeetingId", id)))).post(MEETINGS)
                .then().statusCode(422).body("errors.field", contains("tasks[0].reportAtMeetingId"));
        api().body(in(other, "2024-04-03T14:00:00+07:00", List.of(Map.of("title", " ")))).post(MEETINGS)
                .then().statusCode(422).body("errors.field", contains("tasks[0].title"));
    }

    @Test
    void carryOverNeedsABranchAndAMonth() {
        api().get(CARRY_OVER).then().statusCode(400).body("errors.field", contains("branchId"));
        api().queryParam("branchId", newBranch("Chi bộ tháng")).queryParam("month", "04/2024").get(CARRY_OVER)
                .then().statusCode(400).body("errors.field", contains("month"));
        api().queryParam("branchId", "6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10").get(CARRY_OVER)
                .then().statusCode(404);
    }
}
