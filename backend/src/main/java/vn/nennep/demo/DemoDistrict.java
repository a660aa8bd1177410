package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import vn.nennep.auth.Role;
import vn.nennep.members.Member;
import vn.nennep.members.MemberStatus;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;
import vn.nennep.zones.Zone;

/**
 * A realistic district shaped like Nam Sách (seed 000): its communes in four zones, each commune's village branches
 * with rosters of generated names (sizes on both sides of the 20- and 50-member tiers), a school branch known only
 * by its declared count, and the departments that answer recommendations. Deterministic: the same every time.
 */
final class DemoDistrict {

    private static final List<String> COMMUNES = List.of(
            "Thị trấn Nam Sách", "An Bình", "An Lâm", "An Sơn", "Cộng Hòa", "Đồng Lạc", "Hiệp Cát", "Hồng Phong",
            "Hợp Tiến", "Minh Tân", "Nam Hưng", "Nam Tân", "Phú Điền", "Quốc Tuấn", "Thái Tân", "Thanh Quang");
    private static final List<String> VILLAGES = List.of(
            "An Đông", "An Tây", "Đông Thượng", "Tây Hạ", "Bình Lao", "La Đôi", "Mạc Xá", "Trúc Khê", "Đột Lĩnh",
            "Ngọc Trì", "Vũ La", "Kỳ Đặc", "Uông Thượng", "Phù Lưu", "Hữu Chung", "Lạc Thiện", "Thượng Đạt",
            "Mạn Đê", "Tế Xuyên", "Cao Đôi", "Đặng Xá", "Lang Khê", "Chu Đậu", "Linh Khê");
    private static final List<String> DEPARTMENTS = List.of(
            "Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy",
            "Ủy ban Kiểm tra Huyện ủy", "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Tài nguyên và Môi trường",
            "Phòng Lao động - Thương binh và Xã hội", "Phòng Kinh tế và Hạ tầng", "Phòng Văn hóa và Thông tin",
            "Phòng Giáo dục và Đào tạo", "Công an huyện", "Ban Chỉ huy Quân sự huyện");
    private static final List<String> ZONE_HEADS = List.of(
            "Trần Văn Hưng", "Nguyễn Thị Thu Hà", "Phạm Đức Thắng", "Vũ Minh Tuấn");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
        "Ngô", "Dương", "Đinh", "Phan", "Lương"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân", "Công"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị Thu", "Thị Thanh", "Ngọc", "Thị Minh"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam",
        "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Khánh", "Toàn"};
    private static final String[] GIVEN_FEMALE = {"Hà", "Hạnh", "Hoa", "Hương", "Lan", "Mai", "Nga", "Thảo",
        "Trang", "Vân", "Yến", "Linh", "Huyền", "Dung"};
    /** Roster sizes cycle through these, so every opinion tier (< 20, 20–49, ≥ 50) has branches. */
    private static final int[] ROSTER_SIZES = {14, 19, 20, 27, 35, 49, 50, 62, 23, 31, 17, 44};

    private final EntityManager em;
    private final Random random = new Random(2023);
    private int villageIndex;
    private int branchIndex;

    DemoDistrict(EntityManager em) {
        this.em = em;
    }

    /** A demo account and its password, printed once at the first start with what it sees (in both languages). */
    record Account(String username, Role role, String password, String sees) {
    }

    /** Loads the district; returns the demo accounts, one per role. */
    List<Account> load() {
        return load(DemoProgress.silent());
    }

    /** The same, saying how far it has come. */
    List<Account> load(DemoProgress progress) {
        progress.begin(DemoProgress.Part.DISTRICT);
        Organization province = organization("HD", "Đảng bộ tỉnh Hải Dương", OrganizationType.PROVINCE, null);
        Organization district = organization("HD-NS", "Đảng bộ huyện Nam Sách", OrganizationType.DISTRICT, province);
        for (String department : DEPARTMENTS) {
            organization("NS-" + initials(department), department, OrganizationType.DEPARTMENT, district);
        }
        for (int z = 0; z < 4; z++) {
            Zone zone = new Zone();
            zone.name = "Khu " + (z + 1);
            zone.districtId = district.id;
            zone.headName = ZONE_HEADS.get(z);
            em.persist(zone);
            for (String commune : COMMUNES.subList(z * 4, z * 4 + 4)) {
                commune(district, zone, commune);
                progress.written(DemoProgress.Part.DISTRICT, COMMUNES.indexOf(commune) + 1, COMMUNES.size());
            }
        }
        em.flush();
        progress.begin(DemoProgress.Part.ACCOUNTS);
        return new DemoAccounts(em)
                .add("quantri", "Quản trị hệ thống", Role.SYSTEM_ADMIN, null,
                        "toàn hệ thống, cả tài khoản và khóa API / everything, accounts and API keys too")
                .add("vanphong", "Văn phòng Huyện ủy Nam Sách", Role.DISTRICT_OFFICE, idOf("HD-NS"),
                        "cả huyện Nam Sách / the Nam Sách district")
                .add("dangbo.anlam", "Đảng ủy xã An Lâm", Role.GRASSROOTS_OFFICER, idOf("NS-ANLAM"),
                        "xã An Lâm và các chi bộ / commune An Lâm and its branches")
                .add("bithu.dotlinh", "Bí thư Chi bộ thôn Đột Lĩnh", Role.BRANCH_SECRETARY, idOf("NS-ANLAM-01"),
                        "chi bộ thôn Đột Lĩnh / branch Đột Lĩnh")
                .add("phongnongnghiep", "Phòng Nông nghiệp và PTNT", Role.RESPONDER, idOf("NS-PNNVPTNT"),
                        "kiến nghị gửi Phòng Nông nghiệp / recommendations to the agriculture department")
                .add("kiemtra", "Ủy ban Kiểm tra Huyện ủy", Role.INSPECTOR, idOf("HD-NS"),
                        "xem cả huyện Nam Sách, không thấy tên đảng viên / reads the Nam Sách district, no member"
                                + " names")
                .create();
    }

    private void commune(Organization district, Zone zone, String name) {
        String code = "NS-" + ascii(name.replace("Thị trấn ", "TT "));
        String title = name.startsWith("Thị trấn") ? "Đảng bộ thị trấn Nam Sách" : "Đảng bộ xã " + name;
        Organization commune = organization(code, title, OrganizationType.GRASSROOTS, district);
        commune.zoneId = zone.id;
        for (int i = 1; i <= 4; i++) {
            String village = VILLAGES.get(villageIndex++ % VILLAGES.size());
            Organization branch = organization(code + "-" + String.format("%02d", i), "Chi bộ thôn " + village,
                    OrganizationType.BRANCH, commune);
            roster(branch, ROSTER_SIZES[branchIndex++ % ROSTER_SIZES.length]);
        }
        Organization school = organization(code + "-TH", "Chi bộ Trường Tiểu học và THCS " + name.replace("Thị trấn ", ""),
                OrganizationType.BRANCH, commune);
        school.declaredMemberCount = 12 + random.nextInt(10);
    }

    private void roster(Organization branch, int size) {
        for (int i = 0; i < size; i++) {
            em.persist(member(random, branch.id, 6, 1968));
        }
        branch.rosterCount = size;
    }

    /**
     * A generated member of a branch: a name, probationary with the given chance (joined in 2024), else a full member
     * who joined from {@code firstFullYear} to 2022; one in three of those who joined before 1985 exempt for age.
     */
    static Member member(Random random, UUID branchId, int probationaryPercent, int firstFullYear) {
        boolean female = random.nextInt(10) < 4;
        Member member = new Member();
        member.organizationId = branchId;
        member.fullName = personName(random, female);
        member.status = random.nextInt(100) < probationaryPercent ? MemberStatus.PROBATIONARY : MemberStatus.FULL;
        member.joinedOn = member.status == MemberStatus.PROBATIONARY
                ? LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28))
                : LocalDate.of(firstFullYear + random.nextInt(2023 - firstFullYear), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
        if (member.status == MemberStatus.FULL && member.joinedOn.getYear() < 1985 && random.nextInt(3) == 0) {
            member.exempt = true;
            member.exemptReason = "Tuổi cao, sức yếu";
        }
        return member;
    }

    private Organization organization(String code, String name, OrganizationType type, Organization parent) {
        Organization org = new Organization();
        org.id = idOf(code);
        org.code = code;
        org.name = name;
        org.type = type;
        org.parentId = parent == null ? null : parent.id;
        org.path = (parent == null ? "/" : parent.path) + org.id + "/";
        em.persist(org);
        return org;
    }

    private static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("nennep-demo:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A generated full name, as the rosters' (the meetings' liaison officers and school staff have them too). */
    static String personName(Random random, boolean female) {
        String[] middle = female ? MIDDLE_FEMALE : MIDDLE_MALE;
        String[] given = female ? GIVEN_FEMALE : GIVEN_MALE;
        return FAMILY[random.nextInt(FAMILY.length)] + " " + middle[random.nextInt(middle.length)] + " "
                + given[random.nextInt(given.length)];
    }

    /** "Đồng Lạc" -> "DONGLAC": codes are ASCII. */
    static String ascii(String text) {
        return String.join("", words(text)).toUpperCase(Locale.ROOT);
    }

    /** "Ban Tổ chức Huyện ủy" -> "BTCHU", the usual abbreviation. */
    static String initials(String text) {
        StringBuilder initials = new StringBuilder();
        for (String word : words(text)) {
            initials.append(word.charAt(0));
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return java.util.Arrays.stream(folded.split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}
