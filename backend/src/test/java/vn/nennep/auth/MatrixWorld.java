package vn.nennep.auth;

import static vn.nennep.support.Api.anonymous;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Fixtures.PASSWORD;
import static vn.nennep.support.Fixtures.code;
import static vn.nennep.support.Fixtures.member;
import static vn.nennep.support.Fixtures.tokenFor;
import static vn.nennep.support.Fixtures.zone;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nennep.support.Fixtures;

/**
 * The world {@link EndpointRoleMatrixTest} runs in: a district with a commune, a branch with a member, a department
 * and a zone; one account per role where its rules allow the in-scope call; two machine clients at the district. And
 * for each operation of the contract, a valid request within the caller's reach: whatever the answer, it is then
 * the role's rules that decide, not a missing id or a bad body. Destructive calls get a fresh target each time.
 */
final class MatrixWorld {

    /** What to send besides the method and the path template: path parameters, headers, a body (or null), query. */
    record Call(Map<String, Object> pathParams, Map<String, String> headers, Object body,
            Map<String, Object> queryParams) {

        Call(Map<String, Object> pathParams, Map<String, String> headers, Object body) {
            this(pathParams, headers, body, Map.of());
        }

        static Call query(Map<String, Object> queryParams) {
            return new Call(Map.of(), Map.of(), null, queryParams);
        }

        static Call none() {
            return new Call(Map.of(), Map.of(), null);
        }

        static Call path(Map<String, Object> pathParams) {
            return new Call(pathParams, Map.of(), null);
        }

        static Call body(Object body) {
            return new Call(Map.of(), Map.of(), body);
        }

        /** A PUT: the path parameters, the current ETag of {@code resource} in If-Match, and the body. */
        static Call put(String resource, Map<String, Object> pathParams, Object body) {
            String etag = api().pathParams(pathParams).get(resource).then().statusCode(200).extract().header("ETag");
            return new Call(pathParams, Map.of("If-Match", etag), body);
        }
    }

    private static final String ORGANIZATION = "/api/v1/organizations/{id}";
    private static final String MEMBER = "/api/v1/organizations/{branchId}/members/{memberId}";
    private static final String ZONE = "/api/v1/zones/{id}";
    private static final String CONFERENCE = "/api/v1/conferences/{id}";
    private static final String USER = "/api/v1/users/{id}";
    private static final String API_CLIENT = "/api/v1/api-clients/{id}";
    private static final String MEMBER_NAME = "Nguyễn Văn Mẫu";
    /**
     * Personal data the world's records carry, each a name no other text of the world contains, so that
     * {@link PersonalDataTest} can look for it in every answer: what it is -> the name.
     */
    static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> names = new java.util.LinkedHashMap<>(Map.of("member", MEMBER_NAME,
                "chair", "Quách Thị Chủtoạ", "minuteTaker", "Lục Văn Thưký", "speaker", "Đàm Thị Phátbiểu",
                "assignee", "Ông Văn Giaoviệc", "guest", "Khúc Văn Kháchmời", "reviewer", "Mạc Thị Nhậnxét",
                "reason", "Điều trị ở viện Riêngtư", "zoneHead", "Doãn Văn Trưởngkhu", "attendee", "Âu Thị Giaoban"));
        // ── study sessions and their remarks (issue 10) ──
        names.put("remarkPerson", "Lã Thị Nhậnxéthọctập");

        return Map.copyOf(names);
    }
    private static final java.time.LocalDate LAST_MONTH = java.time.LocalDate.now(vn.nennep.common.Time.LOCAL)
            .minusMonths(1).withDayOfMonth(7);
    /** A term of the district containing today, for publications issued today. */
    private static final String TERM = LAST_MONTH.getYear() + "-" + (LAST_MONTH.getYear() + 5);
    private static final String RESOLUTION = "/api/v1/resolutions/{id}";
    private static final String TARGET = "/api/v1/resolutions/{id}/targets/{targetId}";
    private static final String MEETING = "/api/v1/meetings/{id}";
    private static final String REPORT = "/api/v1/resolutions/{id}/targets/{targetId}/reports/{reportId}";

    private final String district = Fixtures.district("Huyện ma trận quyền");
    private final String commune = Fixtures.grassroots(district, "Xã ma trận");
    private final String branch = Fixtures.branch(commune, "Chi bộ ma trận");
    private final String member = member(branch, MEMBER_NAME);
    private final String department = Fixtures.create("DEPARTMENT", "Ban ma trận", district);
    private final String zoneName = code("Khu");
    private final String zone = api().body(Map.of("name", zoneName, "districtId", district, "organizationIds",
            List.of(commune), "headName", NAMES.get("zoneHead"))).post("/api/v1/zones").then().statusCode(201)
            .extract().path("id");
    /** Conferences: one of the district that everyone in it reads, one held by the commune that its officer writes. */
    private final String conference = Fixtures.heldConference(district, "Hội nghị ma trận huyện");
    private final String followUp = Fixtures.followUp(conference);
    private final String communeConference = Fixtures.heldConference(commune, "Hội nghị ma trận xã");
    /**
     * Resolutions: the district's, which everyone in it reads, with an indicator and a report of the branch (which a
     * department does not see); the commune's, which its officer writes. Reports get periods of their own.
     */
    private final String resolution = Fixtures.resolution(district, Fixtures.documentNumber("NQ", "HU"));
    private final String indicator = Fixtures.target(resolution, Fixtures.indicatorBody("Chỉ tiêu ma trận"));
    private final java.util.concurrent.atomic.AtomicInteger periods = new java.util.concurrent.atomic.AtomicInteger();
    private final String indicatorReport = branchReport();
    private final String communeResolution = Fixtures.resolution(commune, Fixtures.documentNumber("NQ", "ĐU"));
    /**
     * A meeting record of the branch, which its roster readers and the district's inspector read: a pilot meeting
     * with every kind of name a record carries (and a task open at the end of its month, carried into the next).
     */
    private final String meeting = api().body(namedMeeting()).post("/api/v1/meetings").then().statusCode(201)
            .extract().path("id");
    /**
     * Briefings and recommendations: a briefing of the zone held last month; a recommendation of the branch to the
     * department (everyone in the district sees it), one of the commune (its officer comments), a publication.
     */
    private final String briefing = api().body(Map.of("zoneId", zone, "hostOrganizationId", commune, "heldOn",
            LAST_MONTH.toString(), "attendees", List.of(Map.of("fullName", NAMES.get("attendee"), "position",
                    "Bí thư chi bộ", "organizationId", branch)))).post("/api/v1/briefings").then().statusCode(201)
            .extract().path("id");
    private final java.util.concurrent.atomic.AtomicInteger months = new java.util.concurrent.atomic.AtomicInteger();
    private final String recommendation = Fixtures.recommendation(briefing, branch, department);
    private final String communeRecommendation = Fixtures.recommendation(briefing, commune, department);
    private final String entry = api().get("/api/v1/recommendations/{id}/entries", recommendation).then()
            .statusCode(200).extract().path("items[0].id");
    private final String publication = publication();
    // ── study plans and action plans (issue 10) ──
    /**
     * A study plan of the district for its resolution, which everyone in the district reads, and the PENDING action
     * plan it asked of the commune (which a department does not see: it is the commune's).
     */
    private final String studyPlan = vn.nennep.studies.StudyFixtures.districtPlan(district, resolution);
    private final String actionPlan = vn.nennep.studies.StudyFixtures.actionPlanOf(studyPlan, commune);

    // ── study sessions and their remarks (issue 10) ──
    private static final String STUDY_SESSION = "/api/v1/study-sessions/{id}";
    private static final String STUDY_REMARK = "/api/v1/study-sessions/{id}/remarks/{remarkId}";
    /**
     * Study sessions under the district's study plan: the district's, which everyone in it reads, with a remark on the
     * world's member and one naming a person not on a roster; the commune's, which its officer records.
     */
    private final String studySession = vn.nennep.studies.SessionFixtures.session(studyPlan, district);
    private final String studyRemark = vn.nennep.studies.SessionFixtures.remark(studySession,
            Map.of("organizationId", district, "memberId", member, "kind", "NOT_SERIOUS",
                    "text", "Học chưa nghiêm túc"));
    private final String studyPersonRemark = vn.nennep.studies.SessionFixtures.remark(studySession,
            Map.of("organizationId", district, "personName", NAMES.get("remarkPerson"), "kind", "LATE",
                    "text", "Đi chậm"));
    private final String communeStudySession = vn.nennep.studies.SessionFixtures.session(studyPlan, commune);

    // ── inspections (issue 10) ──
    /** An inspection decided by the district over the commune, which everyone in the district reads. */
    private final String inspection = vn.nennep.inspections.InspectionFixtures.inspection(district, commune);
    /** The body of an inspection over the branch: decided by the commune for its officer, by the district otherwise. */
    private final java.util.function.Function<String, Map<String, Object>> inspectionBody = caller ->
            vn.nennep.inspections.InspectionFixtures.body("GRASSROOTS_OFFICER".equals(caller) ? commune : district,
                    branch);

    private final String loginName = code("mx").toLowerCase();
    private final String targetUserName = code("mx").toLowerCase();
    private final String targetUser;
    private final String targetClient;
    /** Each caller's own organization: where its in-scope reads go. */
    private final Map<String, String> homes = new HashMap<>();
    /** Each caller's credential, as headers. */
    private final Map<String, Map<String, String>> credentials = new HashMap<>();

    MatrixWorld() {
        api().body(user(loginName, PASSWORD)).post("/api/v1/users").then().statusCode(201);
        targetUser = api().body(user(targetUserName, PASSWORD)).post("/api/v1/users")
                .then().statusCode(201).extract().path("id");
        targetClient = api().body(apiClient(List.of("read"))).post("/api/v1/api-clients")
                .then().statusCode(201).extract().path("id");
        credentials.put("ANONYMOUS", Map.of());
        homes.put("ANONYMOUS", branch);
        signIn("SYSTEM_ADMIN", null, district);
        signIn("DISTRICT_OFFICE", district, district);
        signIn("GRASSROOTS_OFFICER", commune, commune);
        signIn("BRANCH_SECRETARY", branch, branch);
        signIn("RESPONDER", department, department);
        signIn("INSPECTOR", district, district);
        machine("MACHINE_READ", List.of("read"));
        machine("MACHINE_PERSONAL_DATA", List.of("read", "personal-data"));
    }

    /** The headers that authenticate {@code caller} (a column of the table). */
    Map<String, String> credential(String caller) {
        Map<String, String> headers = credentials.get(caller);
        if (headers == null) {
            throw new AssertionError("no caller " + caller + " in MatrixWorld");
        }
        return headers;
    }

    /** A valid, in-scope request for {@code operationId} by {@code caller}. */
    Call call(String operationId, String caller) {
        return switch (operationId) {
            case "listOrganizations", "listZones", "listUsers", "listApiClients", "getMe" -> Call.none();
            case "createOrganization" -> Call.body(branchInCommune(code("MX")));
            case "getOrganization", "getOrganizationSubtree", "getOrganizationHistory" ->
                Call.path(Map.of("id", homes.get(caller)));
            case "updateOrganization" -> {
                String code = code("MX");
                String id = Fixtures.organization(branchInCommune(code), null);
                yield Call.put(ORGANIZATION, Map.of("id", id), branchInCommune(code));
            }
            case "deleteOrganization" -> Call.path(Map.of("id", Fixtures.organization(branchInCommune(code("MX")),
                    null)));
            case "getMeetingTemplates", "getMeetingTemplatesHistory" -> Call.path(Map.of("id", homes.get(caller)));
            case "setMeetingTemplates" -> {
                String id = Fixtures.organization(branchInCommune(code("MX")), null);
                yield new Call(Map.of("id", id), Map.of("If-Match", "0"),
                        Map.of("procedure", List.of("Khai mạc", "Thảo luận", "Biểu quyết")));
            }
            case "listMembers" -> Call.path(Map.of("branchId", branch));
            case "createMember" -> new Call(Map.of("branchId", branch), Map.of(), memberBody());
            case "getMember", "getMemberHistory" -> Call.path(Map.of("branchId", branch, "memberId", member));
            case "updateMember" -> Call.put(MEMBER, Map.of("branchId", branch, "memberId", member), memberBody());
            case "deleteMember" -> Call.path(Map.of("branchId", branch, "memberId", member(branch, MEMBER_NAME)));
            case "createZone" -> Call.body(Map.of("name", code("Khu"), "districtId", district));
            case "getZone", "getZoneHistory" -> Call.path(Map.of("id", zone));
            case "updateZone" -> Call.put(ZONE, Map.of("id", zone),
                    Map.of("name", zoneName, "districtId", district, "organizationIds", List.of(commune)));
            case "deleteZone" -> Call.path(Map.of("id", zone(district, code("Khu"), List.of())));
            case "listConferences" -> Call.none();
            case "createConference" -> Call.body(Fixtures.conferenceBody(commune, code("Hội nghị")));
            case "getConference", "getConferenceHistory", "listConferenceFollowUps" ->
                Call.path(Map.of("id", conference));
            case "getConferenceFollowUp" -> Call.path(Map.of("id", conference, "followUpId", followUp));
            case "updateConference" -> {
                String title = code("Hội nghị");
                yield Call.put(CONFERENCE, Map.of("id", Fixtures.conference(commune, title)),
                        Fixtures.conferenceBody(commune, title));
            }
            case "deleteConference" -> Call.path(Map.of("id", Fixtures.conference(commune, code("Hội nghị"))));
            case "changeConferenceStatus" -> new Call(Map.of("id", Fixtures.conference(commune, code("Hội nghị"))),
                    Map.of(), Map.of("status", "CANCELLED"));
            case "createConferenceFollowUp" -> new Call(Map.of("id", communeConference), Map.of(),
                    Fixtures.followUpBody());
            case "login" -> Call.body(Map.of("username", loginName, "password", PASSWORD));
            case "refreshToken", "logout" -> Call.body(Map.of("refreshToken", freshRefreshToken()));
            case "changePassword" -> Call.body(Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD));
            case "createUser" -> Call.body(user(code("mx").toLowerCase(), PASSWORD));
            case "getUser", "getUserHistory" -> Call.path(Map.of("id", targetUser));
            case "updateUser" -> Call.put(USER, Map.of("id", targetUser), user(targetUserName, null));
            case "createApiClient" -> Call.body(apiClient(List.of("read")));
            case "getApiClient", "getApiClientHistory" -> Call.path(Map.of("id", targetClient));
            case "updateApiClient" -> Call.put(API_CLIENT, Map.of("id", targetClient), apiClient(List.of("read")));
            case "revokeApiClient" -> Call.path(Map.of("id", api().body(apiClient(List.of("read")))
                    .post("/api/v1/api-clients").then().statusCode(201).extract().path("id")));
            case "listDocumentTypes", "listResolutions" -> Call.none();
            case "createResolution" -> Call.body(Fixtures.resolutionBody(commune, Fixtures.documentNumber("NQ", "ĐU")));
            case "getNextResolutionNumber" -> Call.query(Map.of("issuerId", district, "documentType", "NQ",
                    "term", "2020-2025"));
            case "getResolution", "getResolutionHistory", "listTargets", "getResolutionCompliance",
                    "getResolutionEffect" -> Call.path(Map.of("id", resolution));
            case "updateResolution" -> {
                String number = Fixtures.documentNumber("NQ", "ĐU");
                yield Call.put(RESOLUTION, Map.of("id", Fixtures.resolution(commune, number)),
                        Fixtures.resolutionBody(commune, number));
            }
            case "deleteResolution" -> Call.path(Map.of("id", Fixtures.resolution(commune,
                    Fixtures.documentNumber("NQ", "ĐU"))));
            case "createTarget" -> new Call(Map.of("id", communeResolution), Map.of(),
                    Fixtures.indicatorBody(code("Chỉ tiêu")));
            case "getTarget", "getTargetHistory", "listIndicatorReports" ->
                Call.path(Map.of("id", resolution, "targetId", indicator));
            case "updateTarget" -> {
                String title = code("Chỉ tiêu");
                String id = Fixtures.target(communeResolution, Fixtures.indicatorBody(title));
                yield Call.put(TARGET, Map.of("id", communeResolution, "targetId", id), Fixtures.indicatorBody(title));
            }
            case "deleteTarget" -> Call.path(Map.of("id", communeResolution, "targetId",
                    Fixtures.target(communeResolution, Fixtures.indicatorBody(code("Chỉ tiêu")))));
            case "createIndicatorReport" -> new Call(Map.of("id", resolution, "targetId", indicator), Map.of(),
                    Fixtures.reportBody(branch, nextPeriod(), 35));
            case "getIndicatorReport", "getIndicatorReportHistory" -> Call.path(reportPath(indicatorReport));
            case "updateIndicatorReport" -> {
                String start = nextPeriod();
                String id = Fixtures.report(resolution, indicator, Fixtures.reportBody(branch, start, 35));
                yield Call.put(REPORT, reportPath(id), Fixtures.reportBody(branch, start, 36));
            }
            case "deleteIndicatorReport", "submitIndicatorReport" -> Call.path(reportPath(branchReport()));
            case "acceptIndicatorReport" -> Call.path(reportPath(submittedReport()));
            case "returnIndicatorReport" -> new Call(reportPath(submittedReport()), Map.of(),
                    Map.of("reason", "Thiếu minh chứng"));
            case "listMeetings" -> Call.none();
            case "createMeeting" -> Call.body(Fixtures.meetingBody(branch));
            case "getMeetingCarryOver" -> Call.query(Map.of("branchId", branch, "month", "2024-04"));
            case "getMeeting", "getMeetingHistory", "getMeetingEvaluation", "getMeetingAttendanceRule" ->
                Call.path(Map.of("id", meeting));
            case "getScorecard" -> Call.query(Map.of("organizationId", homes.get(caller), "quarter", "2024-Q1"));
            case "updateMeeting" -> Call.put(MEETING, Map.of("id", Fixtures.meeting(branch)),
                    Fixtures.meetingBody(branch));
            case "deleteMeeting" -> Call.path(Map.of("id", Fixtures.meeting(branch)));
            case "listBriefings", "listRecommendations", "listRecommendationFields", "getRecommendationStats",
                    "listRecommendationPublications" -> Call.none();
            case "listChanges" -> Call.none();
            case "createBriefing" -> Call.body(briefingBody(commune));
            case "getBriefing", "getBriefingHistory", "getBriefingAnnouncements" -> Call.path(Map.of("id", briefing));
            case "updateBriefing" -> {
                Map<String, Object> body = briefingBody(commune);
                String id = api().body(body).post("/api/v1/briefings").then().statusCode(201).extract().path("id");
                yield Call.put("/api/v1/briefings/{id}", Map.of("id", id), body);
            }
            case "deleteBriefing" -> Call.path(Map.of("id", api().body(briefingBody(commune)).post("/api/v1/briefings")
                    .then().statusCode(201).extract().path("id")));
            case "getZoneRotation" -> new Call(Map.of("id", zone), Map.of(), null, Map.of("year", 2024));
            case "createRecommendation" -> Call.body(Fixtures.recommendationBody(briefing,
                    "GRASSROOTS_OFFICER".equals(caller) ? commune : branch, department));
            case "getRecommendation", "getRecommendationHistory", "listRecommendationEntries" ->
                Call.path(Map.of("id", recommendation));
            case "getRecommendationEntry" -> Call.path(Map.of("id", recommendation, "entryId", entry));
            case "createRecommendationComment" -> new Call(Map.of("id", "GRASSROOTS_OFFICER".equals(caller)
                    ? communeRecommendation : recommendation), Map.of(),
                    Map.of("type", "COMMENT", "body", "Ý kiến trao đổi ma trận"));
            case "forwardRecommendation" -> new Call(Map.of("id", Fixtures.recommendation(briefing, branch, department)),
                    Map.of(), Map.of());
            case "answerRecommendation" -> new Call(Map.of("id", forwarded("GRASSROOTS_OFFICER".equals(caller)
                    ? commune : department)), Map.of(), Map.of("body", "Trả lời ma trận", "documentNumber", "1/MT"));
            case "reviewRecommendation" -> new Call(Map.of("id", answered()), Map.of(),
                    Map.of("verdict", "REANSWER_REQUIRED", "reason", "Chưa rõ"));
            case "resolveRecommendation" -> new Call(Map.of("id", "GRASSROOTS_OFFICER".equals(caller)
                    ? Fixtures.recommendation(briefing, branch, commune) : published()), Map.of(),
                    Map.of("result", "Đã giải quyết"));
            case "createRecommendationPublication" -> {
                accepted();
                yield Call.body(Map.of("briefingId", briefing, "term", TERM));
            }
            case "getRecommendationPublication" -> Call.path(Map.of("id", publication));
            case "importRecords" -> new Call(Map.of("resource", "meetings"), Map.of(), List.of(importRow()),
                    Map.of("dryRun", "true"));
            case "getImportJob" -> Call.path(Map.of("resource", importJob(caller)));
            case "getImportTemplate" -> Call.path(Map.of("resource", "meetings"));
            // ── study plans and action plans (issue 10) ──
            case "listStudyPlans", "listActionPlans" -> Call.none();
            case "createStudyPlan" -> Call.body(vn.nennep.studies.StudyFixtures.newPlanBody(
                    "GRASSROOTS_OFFICER".equals(caller) ? commune : district, district));
            case "getStudyPlan", "getStudyPlanHistory" -> Call.path(Map.of("id", studyPlan));
            case "updateStudyPlan" -> {
                Map<String, Object> body = vn.nennep.studies.StudyFixtures.newPlanBody(
                        "GRASSROOTS_OFFICER".equals(caller) ? commune : district, district);
                String id = api().body(body).post("/api/v1/study-plans").then().statusCode(201).extract().path("id");
                yield Call.put("/api/v1/study-plans/{id}", Map.of("id", id), body);
            }
            case "deleteStudyPlan" -> Call.path(Map.of("id", vn.nennep.studies.StudyFixtures.newPlan(
                    "GRASSROOTS_OFFICER".equals(caller) ? commune : district, district)));
            case "changeStudyPlanStatus" -> new Call(Map.of("id", vn.nennep.studies.StudyFixtures.newPlan(
                    "GRASSROOTS_OFFICER".equals(caller) ? commune : district, district)), Map.of(),
                    Map.of("status", "IN_PROGRESS"));
            case "getActionPlan", "getActionPlanHistory" -> Call.path(Map.of("id", actionPlan));
            case "createActionPlan" -> {
                // The commune's pending plan is withdrawn first, so that the commune may be asked again.
                String id = vn.nennep.studies.StudyFixtures.pendingActionPlan(district, commune);
                String plan = api().get("/api/v1/action-plans/{id}", id).then().statusCode(200).extract()
                        .path("studyPlanId");
                api().delete("/api/v1/action-plans/{id}", id).then().statusCode(204);
                yield Call.body(Map.of("studyPlanId", plan, "organizationId", commune));
            }
            case "updateActionPlan" -> Call.put("/api/v1/action-plans/{id}", Map.of("id",
                    vn.nennep.studies.StudyFixtures.pendingActionPlan(district, commune)),
                    Map.of("dueOn", "2024-05-31", "title", "Kế hoạch hành động ma trận"));
            case "deleteActionPlan" -> Call.path(Map.of("id",
                    vn.nennep.studies.StudyFixtures.pendingActionPlan(district, commune)));
            case "changeActionPlanStatus" -> new Call(Map.of("id",
                    vn.nennep.studies.StudyFixtures.pendingActionPlan(district, commune)), Map.of(),
                    vn.nennep.studies.StudyFixtures.submission("2024-04-02"));

            // ── study sessions and their remarks (issue 10) ──
            case "listStudySessions" -> Call.none();
            case "createStudySession" -> Call.body(vn.nennep.studies.SessionFixtures.sessionBody(studyPlan, commune));
            case "getStudySession", "getStudySessionHistory", "listStudySessionRemarks" ->
                Call.path(Map.of("id", studySession));
            case "getStudySessionRemark" -> Call.path(Map.of("id", studySession, "remarkId", studyRemark));
            case "updateStudySession" -> Call.put(STUDY_SESSION,
                    Map.of("id", vn.nennep.studies.SessionFixtures.session(studyPlan, commune)),
                    vn.nennep.studies.SessionFixtures.sessionBody(studyPlan, commune));
            case "deleteStudySession" -> Call.path(Map.of("id",
                    vn.nennep.studies.SessionFixtures.session(studyPlan, commune)));
            case "createStudySessionRemark" -> new Call(Map.of("id", communeStudySession), Map.of(),
                    vn.nennep.studies.SessionFixtures.remarkBody(commune));
            case "updateStudySessionRemark" -> Call.put(STUDY_REMARK, Map.of("id", communeStudySession, "remarkId",
                    vn.nennep.studies.SessionFixtures.remark(communeStudySession,
                            vn.nennep.studies.SessionFixtures.remarkBody(commune))),
                    vn.nennep.studies.SessionFixtures.remarkBody(commune));
            case "deleteStudySessionRemark" -> Call.path(Map.of("id", communeStudySession, "remarkId",
                    vn.nennep.studies.SessionFixtures.remark(communeStudySession,
                            vn.nennep.studies.SessionFixtures.remarkBody(commune))));

            // ── inspections (issue 10) ──
            case "listInspections" -> Call.none();
            case "createInspection" -> Call.body(inspectionBody.apply(caller));
            case "getInspection", "getInspectionHistory" -> Call.path(Map.of("id", inspection));
            case "updateInspection" -> {
                Map<String, Object> body = inspectionBody.apply(caller);
                String id = api().body(body).post(vn.nennep.inspections.InspectionFixtures.BASE).then()
                        .statusCode(201).extract().path("id");
                yield Call.put(vn.nennep.inspections.InspectionFixtures.ONE, Map.of("id", id), body);
            }
            case "deleteInspection" -> Call.path(Map.of("id", api().body(inspectionBody.apply(caller))
                    .post(vn.nennep.inspections.InspectionFixtures.BASE).then().statusCode(201).extract().path("id")));
            case "changeInspectionStatus" -> new Call(Map.of("id", api().body(inspectionBody.apply(caller))
                    .post(vn.nennep.inspections.InspectionFixtures.BASE).then().statusCode(201).extract().path("id")),
                    Map.of(), Map.of("status", "IN_PROGRESS"));

            // ── reports (issue 10) ──
            case "getStudyParticipationReport", "getActionPlanReport" ->
                Call.query(Map.of("organizationId", homes.get(caller)));
            case "getInspectionReport" -> Call.query(Map.of("organizationId", homes.get(caller), "year", 2024));
            // The branch, whose member the world's meeting names (in 2024), for everyone whose subtree holds it; as
            // CSV its members' table.
            case "getYearlyReview" -> Call.query(Map.of("organizationId", "RESPONDER".equals(caller)
                    ? homes.get(caller) : branch, "year", 2024, "part", "members"));

            default -> throw new AssertionError("No request for operation " + operationId
                    + ": add one to MatrixWorld.call (and its row to access-matrix.csv)");
        };
    }

    /** An extraordinary pilot meeting of the branch in March 2024 naming everyone it can (see {@link #NAMES}). */
    private Map<String, Object> namedMeeting() {
        Map<String, Object> body = new HashMap<>(Fixtures.meetingBody(branch));
        body.putAll(Map.of("kind", "EXTRAORDINARY", "startedAt", "2024-03-20T14:00:00+07:00",
                "endedAt", "2024-03-20T16:00:00+07:00", "chair", NAMES.get("chair"),
                "minuteTaker", NAMES.get("minuteTaker"), "guests", List.of(NAMES.get("guest")), "pilot", true,
                "review", Map.of("reviewer", NAMES.get("reviewer"), "strengths", "Chuẩn bị chu đáo")));
        body.put("attendance", List.of(Map.of("memberId", member, "status", "EXCUSED", "reason", NAMES.get("reason"))));
        body.put("opinions", List.of(Map.of("speaker", NAMES.get("speaker"), "area", "ECONOMY",
                "summary", "Đề nghị làm đường liên thôn")));
        body.put("tasks", List.of(Map.of("title", "Hoàn thành hồ sơ làm đường", "assigneeName", NAMES.get("assignee"),
                "dueOn", "2024-04-30", "status", "OPEN")));
        return body;
    }

    /** A meeting row of the matrix's branch for POST /imports/meetings (checked as a dry run). */
    private Map<String, Object> importRow() {
        Map<String, Object> row = new HashMap<>(Fixtures.meetingBody(branch));
        row.put("externalId", code("NHAP"));
        return row;
    }

    /** A job of {@code caller} when it may import; otherwise the administrator's (not its to read). */
    private String importJob(String caller) {
        boolean imports = List.of("SYSTEM_ADMIN", "DISTRICT_OFFICE", "GRASSROOTS_OFFICER", "BRANCH_SECRETARY")
                .contains(caller);
        var spec = imports ? vn.nennep.support.Api.anonymous().headers(credential(caller)) : api();
        return spec.body(List.of(importRow())).queryParam("dryRun", "true").post("/api/v1/imports/meetings")
                .then().statusCode(200).extract().path("jobId");
    }

    /** A briefing of the zone hosted by {@code host} in a month no other briefing of the matrix uses. */
    private Map<String, Object> briefingBody(String host) {
        String heldOn = java.time.LocalDate.of(2000, 1, 7).plusMonths(months.incrementAndGet()).toString();
        return Map.of("zoneId", zone, "hostOrganizationId", host, "heldOn", heldOn);
    }

    /** A recommendation of the branch to {@code addressee}, forwarded. */
    private String forwarded(String addressee) {
        String id = Fixtures.recommendation(briefing, branch, addressee);
        Fixtures.step(id, "forward", Map.of());
        return id;
    }

    private String answered() {
        String id = forwarded(department);
        Fixtures.step(id, "answers", Map.of("body", "Trả lời", "documentNumber", "2/MT"));
        return id;
    }

    private String accepted() {
        String id = answered();
        Fixtures.step(id, "reviews", Map.of("verdict", "ACCEPTED"));
        return id;
    }

    private String publication() {
        accepted();
        return api().body(Map.of("briefingId", briefing, "term", TERM)).post("/api/v1/recommendations/publications")
                .then().statusCode(201).extract().path("id");
    }

    private String published() {
        String id = accepted();
        publication();
        return id;
    }

    /** A period start no other report of the matrix uses (their ends are all 31/12/2023). */
    private String nextPeriod() {
        return java.time.LocalDate.of(2000, 1, 1).plusDays(periods.incrementAndGet()).toString();
    }

    /** A DRAFT report of the branch on the district's indicator. */
    private String branchReport() {
        return Fixtures.report(resolution, indicator, Fixtures.reportBody(branch, nextPeriod(), 35));
    }

    private String submittedReport() {
        String id = branchReport();
        api().pathParams(reportPath(id)).post(REPORT + "/submit").then().statusCode(200);
        return id;
    }

    private Map<String, Object> reportPath(String reportId) {
        return Map.of("id", resolution, "targetId", indicator, "reportId", reportId);
    }

    private void signIn(String role, String organizationId, String home) {
        credentials.put(role, Map.of("Authorization", "Bearer " + tokenFor(role, organizationId)));
        homes.put(role, home);
    }

    private void machine(String caller, List<String> scopes) {
        String key = api().body(apiClient(scopes)).post("/api/v1/api-clients").then().statusCode(201)
                .extract().path("apiKey");
        credentials.put(caller, Map.of("X-API-Key", key));
        homes.put(caller, district);
    }

    private String freshRefreshToken() {
        return anonymous().body(Map.of("username", loginName, "password", PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("refreshToken");
    }

    private Map<String, Object> branchInCommune(String code) {
        return Map.of("code", code, "name", "Chi bộ ma trận " + code, "type", "BRANCH", "parentId", commune);
    }

    private static Map<String, Object> memberBody() {
        return Map.of("fullName", MEMBER_NAME, "status", "FULL");
    }

    /** An inspector of the district; the password only when given (a PUT leaves it unchanged). */
    private Map<String, Object> user(String username, String password) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "fullName", "Thanh tra ma trận",
                "role", "INSPECTOR", "organizationId", district));
        if (password != null) {
            body.put("password", password);
        }
        return body;
    }

    private Map<String, Object> apiClient(List<String> scopes) {
        return Map.of("name", "Hệ thống tỉnh ma trận", "organizationId", district, "scopes", scopes);
    }
}
