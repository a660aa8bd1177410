package vn.nennep.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Fixtures.district;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

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
