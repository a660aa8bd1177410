package vn.nennep.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Fixtures.district;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.organizations.Organization;
import vn.nennep.meetings.MeetingKind;
import vn.nennep.resolutions.Resolution;
import vn.nennep.resolutions.Target;
import vn.nennep.resolutions.TargetRules;

/** The demo district as a newcomer meets it; loaded in a transaction that is rolled back. */
@QuarkusTest
class DemoDataTest {

    @Inject
    EntityManager em;
    @Inject
    DemoData demo;

    @Test
    void theDemoDistrictIsRealisticAndSearchable() {
        QuarkusTransaction.begin();
        try {
            List<DemoDistrict.Account> accounts = new DemoDistrict(em).load();
            assertEquals(6, accounts.stream().map(DemoDistrict.Account::role).distinct().count(),
                    "one demo account per role");
            String province = em.createNativeQuery("select path from organizations where code = 'HD'")
                    .getSingleResult().toString();
            assertEquals(List.of("Đảng bộ huyện Nam Sách"), search(province, "nam sach", "DISTRICT"));
            String district = em.createNativeQuery("select cast(id as text) from organizations where code = 'HD-NS'")
                    .getSingleResult().toString();
            assertEquals(16, count("select count(*) from organizations where type = 'GRASSROOTS'"
                    + " and parent_id = cast(?1 as uuid)", district));
            assertEquals(13, count("select count(*) from organizations where type = 'DEPARTMENT'"
                    + " and parent_id = cast(?1 as uuid)", district));
            assertEquals(4, count("select count(*) from zones where district_id = cast(?1 as uuid)", district));
            assertEquals(16, count("select count(*) from organizations where zone_id is not null"
                    + " and parent_id = cast(?1 as uuid)", district));
            long members = count("select count(*) from members m join organizations b on b.id = m.organization_id"
                    + " where b.path like ?1 || '%'", province);
            assertTrue(members > 1500, "a district-sized roster, got " + members);
            assertEquals(List.of("Đảng bộ xã Đồng Lạc"), search(province, "dong lac", "GRASSROOTS"));
            assertEquals(List.of("Ban Tổ chức Huyện ủy"), search(province, "ban to chuc", "DEPARTMENT"));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void theDemoConferencesFollowThePressReports() {
        QuarkusTransaction.begin();
        try {
            new DemoDistrict(em).load();
            new DemoConferences(em).load();
            new DemoResolutions(em).load();
            assertEquals(List.of("FOLLOW_UP", "FOLLOW_UP", "FOLLOW_UP", "RESOLUTION_ISSUED", "FOLLOW_UP"),
                    organizedBy("HD-NS", "c.status"), "Nam Sách's five, oldest first");
            assertEquals(0, count("select count(*) from conferences c join organizations o on o.id = c.organizer_id"
                    + " where o.code = ?1 and not exists (select 1 from resolutions r where r.conference_id = c.id)",
                    "HD-NS"), "each past HELD on the strength of a linked resolution");
            assertEquals(List.of("2023-08-17"), strings("select cast(held_on as text) from conferences"
                    + " where id = cast(?1 as uuid)", demoId("ns-tiep-dan")), "seed 000: held on 17/8/2023");
            assertTrue(count("select count(*) from conference_follow_ups f join conferences c on c.id = f.conference_id"
                    + " join organizations o on o.id = c.organizer_id where o.code = ?1", "HD-NS") >= 4);
            assertEquals(List.of("CONTEST", "SEMINAR", "SEMINAR"), organizedBy("HNA-KB", "c.kind"));
            assertEquals("1:1500:106", siteSums("kb-toa-dam-2022"), "Kim Bảng 2022: one site");
            assertEquals("18:515:162", siteSums("kb-toa-dam-2023"), "Kim Bảng 2023: 18 communes");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** One column of the conferences organized by the organization with this code, oldest first. */
    private List<String> organizedBy(String code, String column) {
        return strings("select " + column + " from conferences c join organizations o on o.id = c.organizer_id"
                + " where o.code = ?1 order by c.held_on", code);
    }

    private static String demoId(String conferenceKey) {
        return UUID.nameUUIDFromBytes(("nennep-demo:conference:" + conferenceKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @Test
    void theDemoResolutionsCarryNamSachsTargetsAndReports() {
        QuarkusTransaction.begin();
        try {
            new DemoDistrict(em).load();
            new DemoConferences(em).load();
            new DemoResolutions(em).load();
            Organization namSach = Organization.find("code", "HD-NS").firstResult();
            Resolution meetings = Resolution.find("number = ?1 and issuerId = ?2", "17-NQ/HU", namSach.id)
                    .firstResult();
            assertEquals("2020-2025", meetings.term);
            assertEquals(meetings.issuedOn, meetings.effectiveFrom);
            assertTrue(meetings.conferenceId != null, "linked to its conference");
            List<TargetRules.Spec> targets = Target.<Target>list("resolutionId", meetings.id).stream()
                    .map(Target::spec).toList();
            assertEquals(5, targets.size());
            // A thematic meeting on Hồ Chí Minh's thought of a 19-member branch: 17 of 19 present, 3 opinions, 119
            // minutes held together with the regular meeting.
            TargetRules.MeetingFacts meeting = new TargetRules.MeetingFacts(MeetingKind.THEMATIC,
                    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 19, 0, 17, 3, 119, true);
            assertEquals(List.of("ATTENDANCE_RATE 85 true", "OPINION_COUNT 3 true", "DURATION_MINUTES 120 false"),
                    TargetRules.evaluate(meeting, targets).stream()
                            .map(e -> e.metric() + " " + e.required() + " " + e.passed()).toList());
            String reports = "select %s from indicator_reports r join targets t on t.id = r.target_id"
                    + " join resolutions n on n.id = t.resolution_id where n.issuer_id = cast(?1 as uuid) and %s";
            assertEquals(List.of("ACCEPTED", "DRAFT", "RETURNED", "SUBMITTED"), strings(String.format(reports,
                    "r.status", "t.threshold = 100 order by r.status"), namSach.id.toString()));
            assertEquals(List.of("40.00"), strings(String.format(reports, "cast(r.value as text)",
                    "t.threshold = 40 and r.period_end = '2023-12-31'"), namSach.id.toString()));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void theDemoZoneHasAYearOfBriefingsAndRecommendationsLikeGiaLoc() {
        QuarkusTransaction.begin();
        try {
            new DemoDistrict(em).load();
            new DemoConferences(em).load();
            new DemoResolutions(em).load();
            new DemoRecommendations(em).load();
            String zone = "(select z.id from zones z join organizations d on d.id = z.district_id"
                    + " where d.code = 'HD-NS' and z.name = 'Khu 1')";
            assertEquals(List.of("3", "3", "3", "3"), strings("select cast(count(*) as text) from briefings"
                    + " where zone_id = " + zone + " and extract(year from month) = cast(?1 as int)"
                    + " group by host_organization_id", "2025"), "each commune hosts three times");
            assertEquals(List.of("7", "29"), strings("select cast(min(n) as text) from (select count(*) as n"
                    + " from recommendations r join briefings b on b.id = r.briefing_id where b.zone_id = " + zone
                    + " and cast(?1 as text) is not null group by b.month) c union all select cast(max(n) as text)"
                    + " from (select count(*) as n from recommendations r join briefings b on b.id = r.briefing_id"
                    + " where b.zone_id = " + zone + " group by b.month) c", "x"), "quietest and busiest month");
            // Only the demo zone's: the test database holds other tests' recommendations too.
            String demo = " r.briefing_id in (select b.id from briefings b where b.zone_id = " + zone + ")";
            assertEquals(List.of("AGRICULTURE 47", "INDUSTRY_SERVICES_INFRASTRUCTURE 37", "POLICY_BENEFITS 45",
                    "LAND_MANAGEMENT 12", "CULTURE_SOCIETY 5", "SECURITY_DEFENCE 5", "PARTY_GOVERNMENT_BUILDING 7",
                    "OTHER 34"), strings("select r.field || ' ' || count(*) from recommendations r"
                    + " join recommendation_fields f on f.code = r.field where cast(?1 as text) is not null and" + demo
                    + " group by r.field, f.position order by f.position", "x"), "seed 002's proportions of 192");
            assertEquals(List.of("ACCEPTED", "ANSWERED", "FORWARDED", "PUBLISHED", "RAISED", "REANSWER_REQUESTED",
                    "RESOLVED"), strings("select distinct status from recommendations r where cast(?1 as text)"
                    + " is not null and" + demo + " order by status", "x"), "threads in every state");
            assertTrue(count("select count(*) from recommendations r where reanswer_count >= ?1 and" + demo, 2) > 0);
            assertTrue(count("select count(*) from recommendations r where status in ('RAISED', 'FORWARDED',"
                    + " 'REANSWER_REQUESTED') and due_on < cast(?1 as date) and" + demo, "2026-01-01") > 5,
                    "some overdue");
            assertTrue(count("select count(*) from recommendation_publications p join resolutions r"
                    + " on r.id = p.document_id where r.document_type = ?1 and p.briefing_id in (select b.id from briefings b"
                    + " where b.zone_id = " + zone + ")", "TB") >= 8, "published in TB notices");
            assertTrue(count("select count(*) from recommendations r join organizations o on o.id = r.addressee_id"
                    + " where o.code = ?1 and r.status = 'FORWARDED' and" + demo, "NS-PNNVPTNT") > 0,
                    "work for phongnongnghiep to answer");
            assertEquals(0, count("select count(*) from recommendations r where r.entry_count <>"
                    + " (select count(*) from recommendation_entries e where e.recommendation_id = r.id)"
                    + " or r.status <> (select e.type from recommendation_entries e where e.recommendation_id = r.id"
                    + " and e.type <> ?1 order by e.seq desc limit 1) and" + demo, "COMMENT"),
                    "rows match their threads");
            assertEquals(0, count("select count(*) from recommendation_entries a join recommendation_entries b"
                    + " on b.recommendation_id = a.recommendation_id and b.seq = a.seq + 1 where b.at < a.at"
                    + " and cast(?1 as text) is not null and a.recommendation_id in (select r.id from recommendations r"
                    + " where" + demo + ")", "x"), "each thread in time order");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Sites, participants and opinions of a demo conference, by its key: "sites:participants:opinions". */
    private String siteSums(String key) {
        return em.createNativeQuery("select count(*) || ':' || sum(cast(s ->> 'participants' as int)) || ':'"
                + " || sum(cast(s ->> 'opinions' as int)) from conferences c, jsonb_array_elements(c.sites) s"
                + " where c.id = cast(?1 as uuid)").setParameter(1, demoId(key)).getSingleResult().toString();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, String parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    @Test
    void loadsOnlyIntoAnEmptyDatabase() {
        district("Huyện có sẵn");
        assertTrue(QuarkusTransaction.requiringNew().call(demo::loadIfEmpty).isEmpty());
    }

    /** Names matching {@code q} as the API's q= does (the same SQL function), within the demo province. */
    @SuppressWarnings("unchecked")
    private List<String> search(String provincePath, String q, String type) {
        return em.createNativeQuery("select name from organizations where path like ?1 || '%' and type = ?2"
                + " and nennep_fold(name || ' ' || code) like '%' || nennep_fold(?3) || '%' order by name")
                .setParameter(1, provincePath).setParameter(2, type).setParameter(3, q).getResultList();
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
