package vn.nennep.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Fixtures.district;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nennep.common.ListParams;
import vn.nennep.organizations.OrganizationFilter;
import vn.nennep.organizations.OrganizationResponse;
import vn.nennep.organizations.OrganizationService;
import vn.nennep.organizations.OrganizationType;

/** The demo district as a newcomer meets it; loaded in a transaction that is rolled back. */
@QuarkusTest
class DemoDataTest {

    @Inject
    EntityManager em;
    @Inject
    OrganizationService organizations;
    @Inject
    DemoData demo;

    @Test
    void theDemoDistrictIsRealisticAndSearchable() {
        QuarkusTransaction.begin();
        try {
            new DemoDistrict(em).load();
            String province = em.createNativeQuery("select cast(id as text) from organizations where code = 'HD'")
                    .getSingleResult().toString();
            OrganizationResponse district = only(search(province, "nam sach", OrganizationType.DISTRICT));
            assertEquals("Đảng bộ huyện Nam Sách", district.name());
            assertEquals(16, count("select count(*) from organizations where type = 'GRASSROOTS' and parent_id = ?1",
                    district.id()));
            assertEquals(13, count("select count(*) from organizations where type = 'DEPARTMENT' and parent_id = ?1",
                    district.id()));
            assertEquals(4, count("select count(*) from zones where district_id = ?1", district.id()));
            assertEquals(16, count("select count(*) from organizations where zone_id is not null"
                    + " and parent_id = ?1", district.id()));
            long members = count("select count(*) from members m join organizations b on b.id = m.organization_id"
                    + " where b.path like (select path from organizations where id = ?1) || '%'", district.id());
            assertTrue(members > 1500, "a district-sized roster, got " + members);
            assertTrue(district.memberCount() > members, "school branches add their declared counts");
            assertEquals(1, search(province, "dong lac", OrganizationType.GRASSROOTS).size());
            assertEquals(1, search(province, "ban to chuc", OrganizationType.DEPARTMENT).size());
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void loadsOnlyIntoAnEmptyDatabase() {
        district("Huyện có sẵn");
        assertFalse(QuarkusTransaction.requiringNew().call(demo::loadIfEmpty));
    }

    private List<OrganizationResponse> search(String withinId, String q, OrganizationType type) {
        OrganizationFilter filter = new OrganizationFilter();
        filter.withinId = withinId;
        filter.q = q;
        filter.type = type.name();
        return organizations.list(filter, new ListParams()).items();
    }

    private static OrganizationResponse only(List<OrganizationResponse> items) {
        assertEquals(1, items.size(), "exactly one match expected: " + items);
        return items.get(0);
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
