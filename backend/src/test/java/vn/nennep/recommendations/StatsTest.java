package vn.nennep.recommendations;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nennep.support.Api.api;
import static vn.nennep.support.Api.as;
import static vn.nennep.support.Fixtures.code;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * The statistics against fixtures counted by hand, and seed 002's 1,002 recommendations. The fixtures are written
 * with SQL (fixture setup): threads with answers on chosen days, which the API would stamp with today.
 */
@QuarkusTest
class StatsTest {

    private static final String STATS = "/api/v1/recommendations/stats";
    /** Seed 002: agriculture 246, industry-services-infrastructure 194, policies 234, land 64, culture 26, security 24,
     * party building 36, other 178. */
    private static final int[] SEED_002 = {246, 194, 234, 64, 26, 24, 36, 178};

    @Inject
    EntityManager em;

    /**
     * Seven recommendations in three months. Days from briefing to first answer: 10, 20, 4, 36 (median 15); judged:
     * #1, #2, #7, sent back #2 and #7 (66.7 %); overdue today: #3 (due 5/2/2023, FORWARDED) and #7 (REANSWER_REQUESTED).
     */
    @Test
    void theStatisticsMatchAHandCountedFixture() {
        String district = Fixtures.district(code("Huyện thống kê"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Thống Nhất");
        String branch = Fixtures.branch(commune, "Chi bộ thôn Thống Nhất");
        String agri = Fixtures.create("DEPARTMENT", "Phòng A Nông nghiệp", district);
        String land = Fixtures.create("DEPARTMENT", "Phòng B Tài nguyên", district);
        String zone = Fixtures.zone(district, code("Khu"), List.of(commune));
        String jan = Fixtures.briefing(zone, commune, "2023-01-06");
        String feb = Fixtures.briefing(zone, commune, "2023-02-06");
        String mar = Fixtures.briefing(zone, commune, "2023-03-06");
        QuarkusTransaction.requiringNew().run(() -> {
            rec(jan, branch, agri, "AGRICULTURE", "ACCEPTED", "2023-02-05", 0, "ANSWERED 2023-01-16", "ACCEPTED 2023-01-20");
            rec(jan, branch, agri, "AGRICULTURE", "ACCEPTED", "2023-02-05", 1, "ANSWERED 2023-01-26",
                    "REANSWER_REQUESTED 2023-01-28", "ANSWERED 2023-02-05", "ACCEPTED 2023-02-08");
            rec(jan, branch, land, "LAND_MANAGEMENT", "FORWARDED", "2023-02-05", 0);
            rec(feb, branch, agri, "POLICY_BENEFITS", "ANSWERED", "2023-03-08", 0, "ANSWERED 2023-02-10");
            rec(feb, commune, commune, "OTHER", "RESOLVED", "2023-03-08", 0, "RESOLVED 2023-02-20");
            rec(mar, branch, land, "AGRICULTURE", "RAISED", "2099-01-01", 0);
            rec(mar, branch, land, "AGRICULTURE", "REANSWER_REQUESTED", "2023-04-05", 1, "ANSWERED 2023-04-11",
                    "REANSWER_REQUESTED 2023-04-20");
        });
        api().queryParam("organizationId", district).get(STATS).then().statusCode(200)
                .body("groupBy", equalTo("field"), "count", equalTo(7), "answered", equalTo(4), "overdue", equalTo(2),
                        "medianDaysToAnswer", equalTo(15.0f), "reanswerRate", equalTo(66.7f),
                        "busiestMonth.month", equalTo("2023-01"), "busiestMonth.count", equalTo(3),
                        "quietestMonth.month", equalTo("2023-02"), "quietestMonth.count", equalTo(2),
                        "groups.key", contains("AGRICULTURE", "INDUSTRY_SERVICES_INFRASTRUCTURE", "POLICY_BENEFITS",
                                "LAND_MANAGEMENT", "CULTURE_SOCIETY", "SECURITY_DEFENCE", "PARTY_GOVERNMENT_BUILDING",
                                "OTHER"),
                        "groups.count", contains(4, 0, 1, 1, 0, 0, 0, 1),
                        "groups[0].answered", equalTo(3), "groups[0].medianDaysToAnswer", equalTo(20.0f),
                        "groups[0].reanswerRate", equalTo(66.7f), "groups[0].overdue", equalTo(1),
                        "groups[0].label", equalTo("Sản xuất nông nghiệp"), "groups[1].medianDaysToAnswer", nullValue());
        api().queryParam("organizationId", district).queryParam("groupBy", "month").get(STATS).then().statusCode(200)
                .body("groups.key", contains("2023-01", "2023-02", "2023-03"), "groups.count", contains(3, 2, 2),
                        "groups.answered", contains(2, 1, 1), "groups.overdue", contains(1, 0, 1),
                        "groups.medianDaysToAnswer", contains(15.0f, 4.0f, 36.0f),
                        "groups.reanswerRate", contains(50.0f, null, 100.0f));
        api().queryParam("organizationId", district).queryParam("groupBy", "addressee").get(STATS).then()
                .statusCode(200).body("groups.key", contains(agri, land, commune), "groups.count", contains(3, 3, 1),
                        "groups.label", contains("Phòng A Nông nghiệp", "Phòng B Tài nguyên", "Đảng bộ xã Thống Nhất"),
                        "groups.medianDaysToAnswer", contains(10.0f, 36.0f, null),
                        "groups.reanswerRate", contains(50.0f, 100.0f, null), "groups.overdue", contains(0, 2, 0));
        api().queryParam("organizationId", district).queryParam("from", "2023-02-01").get(STATS).then()
                .body("count", equalTo(4), "groups.count", contains(2, 0, 1, 0, 0, 0, 0, 1),
                        "busiestMonth.month", equalTo("2023-02"));
        api().queryParam("organizationId", district).queryParam("to", "2023-01-31").get(STATS).then()
                .body("count", equalTo(3), "medianDaysToAnswer", equalTo(15.0f), "quietestMonth.month", equalTo("2023-01"));
        api().queryParam("organizationId", land).get(STATS).then().body("count", equalTo(3), "overdue", equalTo(2));
        api().queryParam("organizationId", branch).get(STATS).then().body("count", equalTo(6));
        api().queryParam("zoneId", zone).get(STATS).then().body("count", equalTo(7));
        as(Fixtures.tokenFor("RESPONDER", agri)).get(STATS).then().statusCode(200)
                .body("count", equalTo(3), "answered", equalTo(3), "medianDaysToAnswer", equalTo(10.0f));
        api().queryParam("organizationId", district).queryParam("from", "2030-01-01").get(STATS).then()
                .statusCode(200).body("count", equalTo(0), "busiestMonth", nullValue(), "medianDaysToAnswer", nullValue(),
                        "groups", hasSize(8));
        api().queryParam("groupBy", "week").get(STATS).then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        api().queryParam("from", "2023-02-30").get(STATS).then().statusCode(400).body("errors[0].field", equalTo("from"));
        api().queryParam("from", "2023-03-01").queryParam("to", "2023-02-01").get(STATS).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        api().queryParam("zoneId", UUID.randomUUID()).get(STATS).then().statusCode(400);
    }

    /** Seed 002's field counts, over 40 months from January 2006 (busiest 29, quietest 7), imported as rows. */
    /** Issue 08 item 13: a field's label follows Accept-Language (each field has a name in both). */
    @Test
    void theFieldsLabelsAreInTheReadersLanguage() {
        String district = Fixtures.district(code("Huyện nhãn lĩnh vực"));
        List<Map<String, Object>> fields = api().get("/api/v1/recommendation-fields").then().statusCode(200)
                .extract().jsonPath().getList("items");
        List<String> vietnamese = api().queryParam("organizationId", district).get("/api/v1/recommendations/stats")
                .then().statusCode(200).extract().path("groups.label");
        List<String> english = api().header("Accept-Language", "en").queryParam("organizationId", district)
                .get("/api/v1/recommendations/stats").then().statusCode(200).extract().path("groups.label");
        assertEquals(fields.stream().map(f -> f.get("name")).toList(), vietnamese);
        assertEquals(fields.stream().map(f -> f.get("nameEn")).toList(), english);
        assertEquals("Land management", english.get(3));
    }

    @Test
    void seed002sRecommendationsComeBackAsTheyWereCounted() {
        String district = Fixtures.district(code("Huyện Gia Lộc"));
        String commune = Fixtures.grassroots(district, "Đảng bộ xã Gia Tân");
        String department = Fixtures.create("DEPARTMENT", "Văn phòng Huyện ủy Gia Lộc", district);
        String zone = Fixtures.zone(district, code("Khu"), List.of(commune));
        QuarkusTransaction.requiringNew().run(() -> {
            List<String> briefings = new ArrayList<>();
            List<Integer> perMonth = new ArrayList<>();
            for (int m = 0; m < 40; m++) {
                String id = UUID.randomUUID().toString();
                java.time.LocalDate month = java.time.LocalDate.of(2006, 1, 1).plusMonths(m);
                em.createNativeQuery("insert into briefings (id, zone_id, host_organization_id, month, held_on,"
                        + " created_at, updated_at) values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid), ?4,"
                        + " ?5, now(), now())").setParameter(1, id).setParameter(2, zone).setParameter(3, commune)
                        .setParameter(4, month).setParameter(5, month.withDayOfMonth(6)).executeUpdate();
                briefings.add(id);
                perMonth.add(m == 0 ? 29 : m == 1 ? 7 : m < 18 ? 26 : 25);
            }
            StringBuilder sql = new StringBuilder("insert into recommendations (id, briefing_id, raised_by_id,"
                    + " addressee_id, field, title, content, status, due_on, created_at, updated_at) values ");
            int field = 0;
            int leftInField = SEED_002[0];
            int row = 0;
            for (int m = 0; m < 40; m++) {
                for (int i = 0; i < perMonth.get(m); i++) {
                    while (leftInField == 0) {
                        leftInField = SEED_002[++field];
                    }
                    leftInField--;
                    sql.append(row++ == 0 ? "" : ", ").append(String.format("('%s', '%s', '%s', '%s', '%s', 'Kiến nghị',"
                            + " 'Nội dung', 'RAISED', '2099-01-01', now(), now())", UUID.randomUUID(), briefings.get(m),
                            commune, department, RecommendationField.values()[field]));
                }
            }
            em.createNativeQuery(sql.toString()).executeUpdate();
        });
        api().queryParam("organizationId", district).get(STATS).then().statusCode(200)
                .body("count", equalTo(1002), "groups.count", contains(246, 194, 234, 64, 26, 24, 36, 178),
                        "busiestMonth.count", equalTo(29), "quietestMonth.count", equalTo(7),
                        "busiestMonth.month", equalTo("2006-01"), "quietestMonth.month", equalTo("2006-02"));
        api().queryParam("organizationId", district).queryParam("groupBy", "month").get(STATS).then()
                .body("groups", hasSize(40));
    }

    /** A recommendation and its thread: RAISED on the briefing's date, then "TYPE yyyy-mm-dd" entries at 9:00 local. */
    private void rec(String briefing, String raisedBy, String addressee, String field, String status, String dueOn,
            int reanswers, String... entries) {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("insert into recommendations (id, briefing_id, raised_by_id, addressee_id, field, title,"
                + " content, status, due_on, reanswer_count, entry_count, created_at, updated_at) values (cast(?1 as uuid),"
                + " cast(?2 as uuid), cast(?3 as uuid), cast(?4 as uuid), ?5, 'Kiến nghị thử', 'Nội dung', ?6,"
                + " cast(?7 as date), ?8, ?9, now(), now())").setParameter(1, id).setParameter(2, briefing)
                .setParameter(3, raisedBy).setParameter(4, addressee).setParameter(5, field).setParameter(6, status)
                .setParameter(7, dueOn).setParameter(8, reanswers).setParameter(9, entries.length + 1).executeUpdate();
        entry(id, 1, "RAISED", "(select held_on from briefings where id = cast('" + briefing + "' as uuid))");
        for (int i = 0; i < entries.length; i++) {
            String[] parts = entries[i].split(" ");
            entry(id, i + 2, parts[0], "date '" + parts[1] + "'");
        }
    }

    private void entry(String recommendation, int seq, String type, String day) {
        em.createNativeQuery("insert into recommendation_entries (id, recommendation_id, seq, type, at) values"
                + " (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, (" + day + " + time '09:00')"
                + " at time zone 'Asia/Ho_Chi_Minh')").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, recommendation).setParameter(3, seq).setParameter(4, type).executeUpdate();
    }
}
