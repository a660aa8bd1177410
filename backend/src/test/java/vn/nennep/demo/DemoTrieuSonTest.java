package vn.nennep.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.nennep.auth.Role;
import vn.nennep.auth.User;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.Resolution;

/** The second demo district, Triệu Sơn (seed 004), as the article counts it; loaded in a transaction rolled back. */
@QuarkusTest
class DemoTrieuSonTest {

    private static final String UNDER = "select count(*) from organizations where path like ?1 || '%' and ";

    @Inject
    EntityManager em;

    @Test
    void theDistrictHasTheSeedsFiftyEightGrassrootsOrganizationsAndFourHundredFortyThreeBranches() {
        QuarkusTransaction.begin();
        try {
            new DemoTrieuSon(em).load();
            Organization province = code(DemoTrieuSon.PROVINCE);
            Organization district = code(DemoTrieuSon.DISTRICT);
            assertNull(province.parentId, "Thanh Hóa is a root of its own, as Kim Bảng's Hà Nam");
            assertEquals(province.id, district.parentId);
            assertEquals("Đảng bộ huyện Triệu Sơn", district.name);
            String communes = "(name like 'Đảng bộ xã %' or name like 'Đảng bộ thị trấn %')";
            assertEquals(58, count(UNDER + "type = 'GRASSROOTS'", district.path), "58 tổ chức cơ sở đảng");
            assertEquals(34, count(UNDER + "type = 'GRASSROOTS' and " + communes, district.path), "34 xã, thị trấn");
            assertEquals(24, count(UNDER + "type = 'GRASSROOTS' and not " + communes, district.path),
                    "24 cơ quan, trường học");
            assertEquals(58, count(UNDER + "type = 'GRASSROOTS' and parent_id = cast(?2 as uuid)", district.path,
                    district.id.toString()), "each directly under the district");
            assertEquals(443, count(UNDER + "type = 'BRANCH'", district.path), "443 chi bộ");
            assertEquals(19, count(UNDER + "type = 'GRASSROOTS' and not exists (select 1 from organizations b"
                    + " where b.parent_id = organizations.id)", district.path), "chi bộ cơ sở, no branch beneath");
            assertEquals(List.of("Đảng bộ thị trấn Nưa", "Đảng bộ thị trấn Triệu Sơn"),
                    search(district.path, "dang bo thi tran", "GRASSROOTS"));
            assertEquals(List.of("Đảng bộ xã Thọ Dân"), search(district.path, "tho dan", "GRASSROOTS"));
            assertEquals(List.of("Chi bộ Trường THPT Triệu Sơn 1"), search(district.path, "thpt trieu son 1",
                    "GRASSROOTS"));
            assertEquals(List.of("Đảng bộ Công an huyện"), search(district.path, "cong an huyen", "GRASSROOTS"));

            assertEquals(0, count(UNDER + "type = 'BRANCH' and roster_count = 0"
                    + " and coalesce(declared_member_count, 0) = 0", district.path), "every branch has members");
            long members = count("select sum(roster_count + coalesce(declared_member_count, 0)) from organizations"
                    + " where path like ?1 || '%' and type = 'BRANCH'", district.path);
            assertTrue(members > 9_000 && members < 14_000, "a district of some ten thousand members: " + members);
            Organization thoDan = code(DemoTrieuSon.communeCode("Thọ Dân", false));
            assertEquals(13, count(UNDER + "type = 'BRANCH' and roster_count > 0 and declared_member_count is null",
                    thoDan.path), "Thọ Dân's 9 villages and 4 other branches have rosters");
            assertEquals(count("select sum(roster_count) from organizations where path like ?1 || '%'", thoDan.path),
                    count("select count(*) from members m join organizations b on b.id = m.organization_id"
                            + " where b.path like ?1 || '%'", thoDan.path));
            assertEquals(0, count("select count(*) from members m join organizations b on b.id = m.organization_id"
                    + " where b.path like ?1 || '%' and b.path not like ?2 || '%'", district.path, thoDan.path),
                    "only Thọ Dân's branches have member rows");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void itsAccountsAreOnePerRoleOfTheDistrictBesideNamSachs() {
        QuarkusTransaction.begin();
        try {
            List<DemoDistrict.Account> namSach = new DemoDistrict(em).load();
            List<DemoDistrict.Account> trieuSon = new DemoTrieuSon(em).load();
            assertEquals(List.of(Role.DISTRICT_OFFICE, Role.GRASSROOTS_OFFICER, Role.BRANCH_SECRETARY, Role.RESPONDER,
                    Role.INSPECTOR), trieuSon.stream().map(DemoDistrict.Account::role).toList(),
                    "one per role; the system administrator is shared");
            assertEquals(11, Stream.concat(namSach.stream(), trieuSon.stream()).map(DemoDistrict.Account::username)
                    .distinct().count(), "no username clashes with Nam Sách's");
            Organization district = code(DemoTrieuSon.DISTRICT);
            for (DemoDistrict.Account account : trieuSon) {
                assertTrue(account.username().matches("[a-z0-9.]+") && account.password().length() == 12,
                        account.username());
                User user = User.find("username", account.username()).firstResult();
                Organization org = Organization.findById(user.organizationId);
                assertTrue(account.role().organizationTypes().contains(org.type), account.username() + " " + org.type);
                assertTrue(district.contains(org), account.username() + " belongs to Triệu Sơn");
            }
            assertEquals("Đảng bộ xã Thọ Dân", organizationOf("dangbo.thodan").name);
            assertEquals("Chi bộ thôn 1", organizationOf("bithu.thodan.thon1").name);
            assertEquals("Phòng Nông nghiệp và Phát triển nông thôn huyện Triệu Sơn",
                    organizationOf("phongnongnghiep.trieuson").name);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void theDistrictStudiesAConclusionOfTheCentralCommittee() {
        QuarkusTransaction.begin();
        try {
            new DemoTrieuSon(em).load();
            new DemoStudies(em, vn.nennep.common.Time.now()).load();
            Organization district = code(DemoTrieuSon.DISTRICT);
            Resolution conclusion = Resolution.find("number = ?1 and issuerName = ?2", "21-KL/TW",
                    "Ban Chấp hành Trung ương").firstResult();
            assertNull(conclusion.issuerId, "a document from above: its issuer named, outside the tree");
            assertEquals("KL", conclusion.documentType);
            assertEquals("TW", conclusion.issuerCode);
            assertEquals(21, conclusion.sequence);
            assertEquals("2021-2026", conclusion.term);
            assertEquals("2021-10-25", conclusion.issuedOn.toString());
            assertEquals(district.id, conclusion.scopeOrganizationId);
            assertEquals(district.id, conclusion.keeperId(), "kept by the district's office");
            assertTrue(conclusion.title.startsWith("Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa"
                    + " XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng"), conclusion.title);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static Organization code(String code) {
        return Organization.find("code", code).firstResult();
    }

    private static Organization organizationOf(String username) {
        User user = User.find("username", username).firstResult();
        return Organization.findById(user.organizationId);
    }

    /** Names matching {@code q} as the API's q= does (the same SQL function), within the district. */
    @SuppressWarnings("unchecked")
    private List<String> search(String path, String q, String type) {
        return em.createNativeQuery("select name from organizations where path like ?1 || '%' and type = ?2"
                + " and nennep_fold(name || ' ' || code) like '%' || nennep_fold(?3) || '%' order by name")
                .setParameter(1, path).setParameter(2, type).setParameter(3, q).getResultList();
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
