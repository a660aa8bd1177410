package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.nennep.auth.Role;
import vn.nennep.demo.DemoTrieuSonUnits.Agency;
import vn.nennep.demo.DemoTrieuSonUnits.Commune;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * The second demo district, Triệu Sơn in Thanh Hóa (seed 004), with the figures of the article: 58 grassroots
 * organizations (34 communes and towns, 24 agencies and schools, {@link DemoTrieuSonUnits}) and 443 branches. Its
 * province is a root of its own, as Kim Bảng's is. The branches are known by their declared member counts, except
 * those of xã Thọ Dân, whose accounts are the demo's: they have rosters of generated names, so that a remark or a
 * yearly review can name a member there. The departments answer recommendations. Deterministic: the same every time.
 */
final class DemoTrieuSon {

    static final String PROVINCE = "THA";
    static final String DISTRICT = "THA-TS";
    private static final String PREFIX = "TS-";

    private final EntityManager em;
    private final Random random = new Random(2024);

    DemoTrieuSon(EntityManager em) {
        this.em = em;
    }

    /**
     * Loads the district (a second or so: no progress lines of its own); returns its demo accounts, one per role of
     * the district (the system administrator is Nam Sách's, for both).
     */
    List<DemoDistrict.Account> load() {
        Organization province = organization(PROVINCE, "Đảng bộ tỉnh Thanh Hóa", OrganizationType.PROVINCE, null);
        Organization district = organization(DISTRICT, "Đảng bộ huyện Triệu Sơn", OrganizationType.DISTRICT,
                province);
        for (String department : DemoTrieuSonUnits.DEPARTMENTS) {
            String name = department + (department.endsWith("Huyện ủy") ? " Triệu Sơn" : " huyện Triệu Sơn");
            organization(PREFIX + DemoDistrict.initials(department), name, OrganizationType.DEPARTMENT, district);
        }
        for (Commune commune : DemoTrieuSonUnits.COMMUNES) {
            commune(district, commune);
        }
        for (Agency agency : DemoTrieuSonUnits.AGENCIES) {
            Organization unit = organization(PREFIX + agency.code(), agency.name(), OrganizationType.GRASSROOTS,
                    district);
            for (int i = 0; i < agency.branches().size(); i++) {
                branch(unit, unit.code + "-" + String.format("%02d", i + 1), "Chi bộ " + agency.branches().get(i),
                        4 + random.nextInt(13), false);
            }
        }
        em.flush();
        String thoDan = communeCode(DemoTrieuSonUnits.ROSTERED_COMMUNE, false);
        return new DemoAccounts(em)
                .add("tuyengiao.trieuson", "Ban Tuyên giáo Huyện ủy Triệu Sơn", Role.DISTRICT_OFFICE, district.id,
                        "cả huyện Triệu Sơn, văn bản cấp trên và việc học tập / the Triệu Sơn district, documents"
                                + " from above and their study")
                .add("dangbo.thodan", "Đảng ủy xã Thọ Dân", Role.GRASSROOTS_OFFICER, idOf(thoDan),
                        "xã Thọ Dân và các chi bộ / commune Thọ Dân and its branches")
                .add("bithu.thodan.thon1", "Bí thư Chi bộ thôn 1 xã Thọ Dân", Role.BRANCH_SECRETARY,
                        idOf(thoDan + "-01"), "chi bộ thôn 1, xã Thọ Dân / branch Thôn 1 of Thọ Dân")
                .add("phongnongnghiep.trieuson", "Phòng Nông nghiệp và PTNT huyện Triệu Sơn", Role.RESPONDER,
                        idOf(PREFIX + "PNNVPTNT"), "kiến nghị gửi Phòng Nông nghiệp huyện Triệu Sơn / recommendations"
                                + " to Triệu Sơn's agriculture department")
                .add("kiemtra.trieuson", "Ủy ban Kiểm tra Huyện ủy Triệu Sơn", Role.INSPECTOR, district.id,
                        "xem cả huyện Triệu Sơn, không thấy tên đảng viên; ghi các cuộc kiểm tra, giám sát / reads"
                                + " the Triệu Sơn district, no member names; records its inspections")
                .create();
    }

    /** "TS-THODAN", "TS-TTNUA": ASCII, as Nam Sách's. */
    static String communeCode(String name, boolean town) {
        return PREFIX + DemoDistrict.ascii((town ? "TT " : "") + name);
    }

    private void commune(Organization district, Commune commune) {
        String code = communeCode(commune.name(), commune.town());
        Organization unit = organization(code, commune.committee(), OrganizationType.GRASSROOTS, district);
        boolean rostered = commune.name().equals(DemoTrieuSonUnits.ROSTERED_COMMUNE);
        for (int i = 1; i <= commune.villages(); i++) {
            branch(unit, code + "-" + String.format("%02d", i), commune.village(i), 18 + random.nextInt(45), rostered);
        }
        String place = commune.place();
        for (String kind : DemoTrieuSonUnits.COMMUNE_BRANCHES) {
            String name = switch (kind) {
                case "CQ" -> "Chi bộ Cơ quan " + place;
                case "MN" -> "Chi bộ Trường Mầm non " + place;
                case "TH" -> "Chi bộ Trường Tiểu học " + place;
                default -> "Chi bộ Trường THCS " + place;
            };
            int members = kind.equals("CQ") ? 14 + random.nextInt(17) : 8 + random.nextInt(17);
            branch(unit, code + "-" + kind, name, members, rostered);
        }
    }

    /** A branch known by its declared member count, or with a roster of that many generated members. */
    private void branch(Organization parent, String code, String name, int members, boolean rostered) {
        Organization branch = unsaved(code, name, OrganizationType.BRANCH, parent);
        if (rostered) {
            branch.rosterCount = members;
        } else {
            branch.declaredMemberCount = members;
        }
        em.persist(branch);
        for (int i = 0; i < branch.rosterCount; i++) {
            em.persist(DemoDistrict.member(random, branch.id, 5, 1970));
        }
    }

    private Organization organization(String code, String name, OrganizationType type, Organization parent) {
        Organization org = unsaved(code, name, type, parent);
        em.persist(org);
        return org;
    }

    private static Organization unsaved(String code, String name, OrganizationType type, Organization parent) {
        Organization org = new Organization();
        org.id = idOf(code);
        org.code = code;
        org.name = name;
        org.type = type;
        org.parentId = parent == null ? null : parent.id;
        org.path = (parent == null ? "/" : parent.path) + org.id + "/";
        return org;
    }

    /** The same ids as {@link DemoDistrict}'s, from the same namespace. */
    static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("nennep-demo:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
