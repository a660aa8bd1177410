package vn.nennep.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nennep.support.Api;

/**
 * Names are personal data (DOMAIN.md, issue 08): every GET operation of openapi.yaml, called as JSON and as CSV by
 * each kind of caller who may not read names (an inspector, a responding department, a machine client without
 * {@code personal-data}), must answer without any of the names {@link MatrixWorld#NAMES} seeded into the world's
 * member, meeting record (chair, minute-taker, roll and its reason, guest, speaker, assignee, reviewer), zone and
 * briefing. A GET operation added to the contract is walked too, and fails here until {@link MatrixWorld#call} knows
 * how to call it. The same walk as name readers must find every name where this test says it is, so that the test
 * can fail.
 */
@QuarkusTest
class PersonalDataTest {

    private static final List<String> WITHOUT_NAMES = List.of("INSPECTOR", "RESPONDER", "MACHINE_READ");
    private static final List<String> WITH_NAMES = List.of("DISTRICT_OFFICE", "MACHINE_PERSONAL_DATA");
    private static final List<String> FORMATS = List.of("application/json", "text/csv");

    /** Where a name reader finds each name: operationId -> the kinds of name (keys of MatrixWorld.NAMES). */
    private static final Map<String, Set<String>> WHERE = Map.ofEntries(
            Map.entry("getMeeting", Set.of("chair", "minuteTaker", "speaker", "assignee", "guest", "reviewer",
                    "reason")),
            Map.entry("listMeetings", Set.of("chair", "minuteTaker", "speaker", "assignee", "guest", "reviewer",
                    "reason")),
            Map.entry("getMeetingHistory", Set.of("chair", "minuteTaker", "speaker", "assignee", "guest",
                    "reviewer", "reason")),
            Map.entry("getMeetingCarryOver", Set.of("assignee")),
            Map.entry("getZone", Set.of("zoneHead")),
            Map.entry("listZones", Set.of("zoneHead")),
            Map.entry("getZoneHistory", Set.of("zoneHead")),
            Map.entry("getBriefing", Set.of("attendee")),
            Map.entry("listBriefings", Set.of("attendee")),
            Map.entry("getBriefingHistory", Set.of("attendee")),
            Map.entry("listMembers", Set.of("member")),
            Map.entry("getMember", Set.of("member")),
            Map.entry("getMemberHistory", Set.of("member")),
            Map.entry("listStudySessionRemarks", Set.of("member", "remarkPerson")),
            Map.entry("getStudySessionRemark", Set.of("member")),
            Map.entry("getYearlyReview", Set.of("member")));

    private static MatrixWorld world;

    @ParameterizedTest(name = "{0} as {1}, {2}")
    @MethodSource("withoutNames")
    void noNameReachesACallerWithoutTheRight(String operationId, String caller, String format) {
        Response response = call(operationId, caller, format);
        Set<String> found = namesIn(response.asString());
        assertTrue(found.isEmpty(), operationId + " as " + caller + " (" + format + ", " + response.statusCode()
                + ") carries " + found + ": " + response.asString());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("withNames")
    void aNameReaderFindsEachNameWhereItIs(String operationId, String caller) {
        for (String format : FORMATS) {
            Response response = call(operationId, caller, format);
            if (format.equals("text/csv") && response.statusCode() == 406) {
                continue; // a single record is JSON only
            }
            assertEquals(200, response.statusCode(), operationId + " as " + caller + " (" + format + "): "
                    + response.asString());
            Set<String> missing = new TreeSet<>(WHERE.get(operationId));
            missing.removeAll(namesIn(response.asString()));
            assertTrue(missing.isEmpty(), operationId + " as " + caller + " (" + format + ") lacks " + missing
                    + ": " + response.asString());
        }
    }

    @Test
    void withheldNamesKeepTheAnswersShape() {
        Map<String, Object> meeting = Api.anonymous().headers(world().credential("INSPECTOR"))
                .pathParams(world().call("getMeeting", "INSPECTOR").pathParams()).get("/api/v1/meetings/{id}")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(null, meeting.get("chair"));
        assertEquals(null, meeting.get("minuteTaker"));
        assertEquals(null, meeting.get("attendance"));
        assertEquals(List.of("Khách mời 1"), meeting.get("guests"));
        Map<String, Object> opinion = ((List<Map<String, Object>>) meeting.get("opinions")).get(0);
        assertEquals(null, opinion.get("speaker"));
        assertEquals("Đề nghị làm đường liên thôn", opinion.get("summary"));
        Map<String, Object> task = ((List<Map<String, Object>>) meeting.get("tasks")).get(0);
        assertEquals(null, task.get("assigneeName"));
        assertEquals("Hoàn thành hồ sơ làm đường", task.get("title"));
        assertEquals(1, meeting.get("excused"));
        List<String> guests = call("getMeeting", "MACHINE_READ", "application/json").then()
                .extract().jsonPath().getList("guests");
        assertEquals(List.of("Khách mời 1"), guests);
        List<String> english = Api.anonymous().headers(world().credential("INSPECTOR"))
                .header("Accept-Language", "en").pathParams(world().call("getMeeting", "INSPECTOR").pathParams())
                .get("/api/v1/meetings/{id}").then().statusCode(200).extract().jsonPath().getList("guests");
        assertEquals(List.of("Guest 1"), english);
    }

    @Test
    void theWalkCoversEveryGetOperationOfTheContract() {
        Set<String> gets = new TreeSet<>(getOperations());
        assertTrue(gets.containsAll(WHERE.keySet()), "operations named here but not in the contract: "
                + new TreeSet<>(WHERE.keySet()).removeAll(gets));
        assertTrue(gets.size() > 40, "the contract's GET operations: " + gets);
    }

    static Stream<Arguments> withoutNames() {
        List<Arguments> cases = new ArrayList<>();
        for (String operationId : getOperations()) {
            for (String caller : WITHOUT_NAMES) {
                for (String format : FORMATS) {
                    cases.add(Arguments.of(operationId, caller, format));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> withNames() {
        List<Arguments> cases = new ArrayList<>();
        new TreeMap<>(WHERE).keySet().forEach(op -> WITH_NAMES.forEach(caller -> cases.add(Arguments.of(op, caller))));
        return cases.stream();
    }

    private static List<String> getOperations() {
        return EndpointRoleMatrixTest.contract().values().stream().filter(op -> op.method().equals("GET"))
                .map(EndpointRoleMatrixTest.Operation::id).toList();
    }

    private static Response call(String operationId, String caller, String format) {
        EndpointRoleMatrixTest.Operation operation = EndpointRoleMatrixTest.contract().get(operationId);
        MatrixWorld.Call call = world().call(operationId, caller);
        // Not checked against the contract: each format is asked of every operation, including those that answer it
        // with 406, which the contract does not list (EndpointRoleMatrixTest checks the same answers' shapes).
        return RestAssured.given().headers(world().credential(caller)).headers(call.headers()).accept(format)
                .pathParams(call.pathParams()).queryParams(call.queryParams())
                .request(Method.valueOf(operation.method()), operation.path());
    }

    /** The kinds of name (keys of MatrixWorld.NAMES) whose name occurs in {@code body}. */
    private static Set<String> namesIn(String body) {
        Set<String> found = new TreeSet<>();
        MatrixWorld.NAMES.forEach((kind, name) -> {
            if (body.contains(name)) {
                found.add(kind);
            }
        });
        return found;
    }

    private static synchronized MatrixWorld world() {
        if (world == null) {
            world = new MatrixWorld();
        }
        return world;
    }
}
