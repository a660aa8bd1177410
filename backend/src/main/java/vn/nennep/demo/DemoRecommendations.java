package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.nennep.auth.User;
import vn.nennep.briefings.Briefing;
import vn.nennep.briefings.Rotation;
import vn.nennep.common.Time;
import vn.nennep.organizations.Organization;
import vn.nennep.recommendations.EntryType;
import vn.nennep.recommendations.Publication;
import vn.nennep.recommendations.Recommendation;
import vn.nennep.recommendations.RecommendationEntry;
import vn.nennep.recommendations.RecommendationField;
import vn.nennep.recommendations.RecommendationStatus;
import vn.nennep.resolutions.Resolution;
import vn.nennep.zones.Zone;

/**
 * A year of briefings in Nam Sách's Khu 1, shaped like Gia Lộc's (seed 002): twelve monthly briefings of 2025 between
 * the 5th and the 10th, hosted in rotation ({@link Rotation}: each of the four communes three times); 7 to 29
 * recommendations a month (192 in all) in seed 002's field proportions, addressed to the departments (agriculture to
 * the department whose responder is {@code phongnongnghiep}) or, for some local matters, to the commune itself. Their
 * threads reach every state: the older months answered (some after one or two re-answers), accepted, published in a
 * TB notice of the district and mostly resolved; a few never answered (overdue); the last two months still being
 * answered. Deterministic: the same every time.
 */
final class DemoRecommendations {

    private static final int YEAR = 2025;
    /** Recommendations raised at each month's briefing: between 7 and 29, as in seed 002. */
    private static final int[] PER_MONTH = {12, 7, 18, 29, 15, 10, 22, 14, 9, 19, 26, 11};
    /** Seed 002's counts per field, in RecommendationField's order. */
    private static final int[] SEED_002 = {246, 194, 234, 64, 26, 24, 36, 178};
    private static final Map<RecommendationField, String> DEPARTMENTS = new EnumMap<>(Map.of(
            RecommendationField.AGRICULTURE, "Phòng Nông nghiệp và Phát triển nông thôn",
            RecommendationField.INDUSTRY_SERVICES_INFRASTRUCTURE, "Phòng Kinh tế và Hạ tầng",
            RecommendationField.POLICY_BENEFITS, "Phòng Lao động - Thương binh và Xã hội",
            RecommendationField.LAND_MANAGEMENT, "Phòng Tài nguyên và Môi trường",
            RecommendationField.CULTURE_SOCIETY, "Phòng Văn hóa và Thông tin",
            RecommendationField.SECURITY_DEFENCE, "Công an huyện",
            RecommendationField.PARTY_GOVERNMENT_BUILDING, "Ban Tổ chức Huyện ủy",
            RecommendationField.OTHER, "Văn phòng Huyện ủy"));
    private static final Map<RecommendationField, List<String>> TITLES = new EnumMap<>(Map.of(
            RecommendationField.AGRICULTURE, List.of("Nạo vét kênh tưới tiêu nội đồng", "Hỗ trợ giống lúa chất lượng cao",
                    "Phòng trừ chuột hại lúa vụ xuân", "Tiêu thụ hành, tỏi cho nông dân"),
            RecommendationField.INDUSTRY_SERVICES_INFRASTRUCTURE, List.of("Sửa chữa đường trục thôn xuống cấp",
                    "Lắp đặt điện chiếu sáng đường liên thôn", "Nâng cấp trạm biến áp quá tải"),
            RecommendationField.POLICY_BENEFITS, List.of("Giải quyết chế độ cho người có công",
                    "Xét duyệt hộ nghèo, cận nghèo", "Chi trả trợ cấp bảo trợ xã hội chậm"),
            RecommendationField.LAND_MANAGEMENT, List.of("Cấp giấy chứng nhận quyền sử dụng đất",
                    "Xử lý lấn chiếm đất công", "Đo đạc lại ranh giới thửa đất"),
            RecommendationField.CULTURE_SOCIETY, List.of("Kinh phí tu sửa nhà văn hóa thôn", "Xây dựng khu thể thao thôn"),
            RecommendationField.SECURITY_DEFENCE, List.of("Xử lý tình trạng đua xe trái phép",
                    "Tăng cường tuần tra ban đêm"),
            RecommendationField.PARTY_GOVERNMENT_BUILDING, List.of("Bồi dưỡng nghiệp vụ cho bí thư chi bộ mới",
                    "Chế độ phụ cấp cho cán bộ thôn"),
            RecommendationField.OTHER, List.of("Thu gom rác thải ở khu dân cư", "Ô nhiễm từ lò đốt rác của xã",
                    "Tình trạng chó thả rông")));

    private final EntityManager em;
    private final Random random = new Random(YEAR);
    private final Map<String, UUID> accounts = new HashMap<>();
    /** Read once: each commune's branches, each department by name, each publication's notice. */
    private final Map<UUID, List<Organization>> branches = new HashMap<>();
    private final Map<String, Organization> departments = new HashMap<>();
    private final Map<UUID, Resolution> noticesById = new HashMap<>();
    private int sequence;
    private int notices;

    DemoRecommendations(EntityManager em) {
        this.em = em;
    }

    /** One recommendation's thread as planned: its final state and how it got there. */
    private record Plan(Recommendation recommendation, Organization raiser, Organization addressee, int reanswers,
            EntryType last) {
    }

    /** Loads the year; the district (zones, communes, departments, accounts) must be loaded already. */
    void load() {
        Organization district = Organization.find("code", "HD-NS").firstResult();
        Zone zone = Zone.find("districtId = ?1 and name = ?2", district.id, "Khu 1").firstResult();
        List<Organization> communes = Organization.list("zoneId = ?1 order by name, id", zone.id);
        for (String username : List.of("vanphong", "phongnongnghiep", "dangbo.anlam", "bithu.dotlinh")) {
            User user = User.find("username", username).firstResult();
            if (user != null) {
                accounts.put(username, user.id);
            }
        }
        List<Rotation.Slot> hosts = Rotation.plan(YEAR, communes.stream().map(c -> c.id).toList(), Map.of(), Map.of());
        List<RecommendationField> fields = fields();
        int next = 0;
        for (int m = 0; m < 12; m++) {
            Briefing briefing = briefing(zone, hosts.get(m).hostId(), m);
            em.persist(briefing);
            List<Plan> plans = new ArrayList<>();
            for (int i = 0; i < PER_MONTH[m]; i++) {
                plans.add(plan(briefing, communes, fields.get(next++), m));
            }
            Publication publication = publish(district, zone, briefing, plans);
            // Each row complete before it is written: the recommendation, then its thread.
            plans.forEach(p -> thread(p, briefing, district, publication));
        }
        em.flush();
    }

    /** 192 fields in seed 002's proportions (largest remainders), in a fixed shuffled order. */
    private List<RecommendationField> fields() {
        int total = java.util.Arrays.stream(PER_MONTH).sum();
        int all = java.util.Arrays.stream(SEED_002).sum();
        int[] counts = new int[SEED_002.length];
        double[] remainders = new double[SEED_002.length];
        int given = 0;
        for (int f = 0; f < SEED_002.length; f++) {
            double exact = (double) SEED_002[f] * total / all;
            counts[f] = (int) exact;
            remainders[f] = exact - counts[f];
            given += counts[f];
        }
        while (given < total) {
            int best = 0;
            for (int f = 1; f < remainders.length; f++) {
                best = remainders[f] > remainders[best] ? f : best;
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        List<RecommendationField> fields = new ArrayList<>();
        for (int f = 0; f < counts.length; f++) {
            fields.addAll(Collections.nCopies(counts[f], RecommendationField.values()[f]));
        }
        Collections.shuffle(fields, random);
        return fields;
    }

    private Briefing briefing(Zone zone, UUID host, int m) {
        Briefing b = new Briefing();
        b.id = idOf("briefing:" + zone.name + ":" + YearMonth.of(YEAR, m + 1));
        b.zoneId = zone.id;
        b.hostOrganizationId = host;
        b.month = LocalDate.of(YEAR, m + 1, 1);
        b.heldOn = b.month.withDayOfMonth(5 + (m * 7) % 6);
        b.attendees = new ArrayList<>(List.of(
                new Briefing.Attendee("Trần Văn Hưng", "Ủy viên Ban Thường vụ Huyện ủy - Trưởng khu", null),
                new Briefing.Attendee("Nguyễn Thị Lan", "Huyện ủy viên - Phó khu, thư ký", null),
                new Briefing.Attendee("Phạm Văn Toàn", "Bí thư Đảng ủy xã đăng cai", host)));
        return b;
    }

    /** Where the thread ends, by the briefing's age: the last two months are still being answered. */
    private Plan plan(Briefing briefing, List<Organization> communes, RecommendationField field, int m) {
        Organization commune = communes.get(random.nextInt(communes.size()));
        List<Organization> ofCommune = branches.computeIfAbsent(commune.id,
                id -> Organization.list("parentId = ?1 order by code", id));
        Organization raiser = random.nextInt(8) == 0 ? commune : ofCommune.get(random.nextInt(ofCommune.size()));
        boolean local = field == RecommendationField.OTHER && random.nextBoolean();
        Organization addressee = local ? commune : departments.computeIfAbsent(DEPARTMENTS.get(field),
                name -> Organization.<Organization>find("name", name).firstResult());
        int roll = random.nextInt(100);
        int reanswers = roll < 70 ? 0 : roll < 90 ? 1 : 2;
        EntryType last;
        if (m == 11) {
            last = roll < 40 ? EntryType.RAISED : EntryType.FORWARDED;
        } else if (m == 10) {
            last = List.of(EntryType.FORWARDED, EntryType.ANSWERED, EntryType.ACCEPTED).get(roll % 3);
            reanswers = last == EntryType.FORWARDED ? 0 : reanswers;
        } else if (local) {
            last = EntryType.RESOLVED;
            reanswers = -1;
        } else if (roll % 12 == 5) {
            last = EntryType.FORWARDED;
            reanswers = 0;
        } else if (roll % 12 == 7 && m >= 8) {
            last = EntryType.REANSWER_REQUESTED;
            reanswers = Math.max(1, reanswers);
        } else {
            last = m <= 6 && roll % 5 != 0 ? EntryType.RESOLVED : EntryType.PUBLISHED;
        }
        Recommendation r = new Recommendation();
        r.id = idOf("recommendation:" + (++sequence));
        r.briefingId = briefing.id;
        r.raisedById = raiser.id;
        r.addresseeId = addressee.id;
        r.field = field;
        List<String> titles = TITLES.get(field);
        r.title = titles.get(random.nextInt(titles.size())) + " (" + raiser.name + ")";
        r.content = "Tại hội nghị giao ban tháng " + (m + 1) + "/" + YEAR + ", " + raiser.name + " phản ánh: "
                + r.title.toLowerCase(java.util.Locale.ROOT) + "; đề nghị " + addressee.name + " xem xét, giải quyết.";
        r.dueOn = briefing.heldOn.plusDays(field == RecommendationField.LAND_MANAGEMENT ? 60 : 30);
        return new Plan(r, raiser, addressee, reanswers, last);
    }

    /** The TB notice publishing the month's accepted answers (those planned PUBLISHED or RESOLVED after publication). */
    private Publication publish(Organization district, Zone zone, Briefing briefing, List<Plan> plans) {
        if (plans.stream().noneMatch(DemoRecommendations::published)) {
            return null;
        }
        // After the last answer of the month could have been accepted (see thread: at most 46 days).
        LocalDate issuedOn = briefing.heldOn.plusDays(50);
        Resolution notice = new Resolution();
        notice.number = (++notices) + "-TB/HU";
        notice.id = idOf("resolution:" + notice.number + ":" + district.code);
        notice.sequence = notices;
        notice.documentType = "TB";
        notice.issuerCode = "HU";
        notice.issuerId = district.id;
        notice.term = "2020-2025";
        notice.issuedOn = issuedOn;
        notice.title = "Thông báo trả lời kiến nghị, đề xuất tại hội nghị giao ban " + zone.name + " tháng "
                + briefing.month.format(DateTimeFormatter.ofPattern("MM/yyyy"));
        notice.scopeOrganizationId = district.id;
        notice.effectiveFrom = issuedOn;
        em.persist(notice);
        noticesById.put(notice.id, notice);
        Publication p = new Publication();
        p.id = idOf("publication:" + notice.number);
        p.briefingId = briefing.id;
        p.documentId = notice.id;
        p.publishedBy = accounts.get("vanphong");
        em.persist(p);
        return p;
    }

    private static boolean published(Plan p) {
        return p.last() == EntryType.PUBLISHED || p.last() == EntryType.RESOLVED && p.reanswers() >= 0;
    }

    /** Writes the thread up to the planned state, a few days between steps, and sets the row to match. */
    private void thread(Plan plan, Briefing briefing, Organization district, Publication publication) {
        Recommendation r = plan.recommendation();
        Organization raiser = plan.raiser();
        Organization addressee = plan.addressee();
        LocalDate day = briefing.heldOn;
        List<RecommendationEntry> entries = new ArrayList<>();
        entries.add(entry(r, EntryType.RAISED, day, raiser, r.content, null));
        // The office forwards within days; a commune may settle a local matter before it is forwarded.
        if (plan.last() != EntryType.RAISED && !(plan.reanswers() < 0 && random.nextBoolean())) {
            day = day.plusDays(2 + random.nextInt(3));
            RecommendationEntry forwarded = entry(r, EntryType.FORWARDED, day, district,
                    "Văn phòng Huyện ủy chuyển " + addressee.name + " trả lời.", null);
            forwarded.addresseeId = addressee.id;
            entries.add(forwarded);
        }
        if (plan.reanswers() < 0) {
            day = day.plusDays(5 + random.nextInt(20));
            entries.add(entry(r, EntryType.RESOLVED, day, addressee, "Đảng ủy, Ủy ban nhân dân xã đã giải quyết dứt"
                    + " điểm trong thẩm quyền; báo cáo kết quả tại hội nghị giao ban tháng sau.", null));
        } else if (plan.last() != EntryType.RAISED && plan.last() != EntryType.FORWARDED) {
            int answers = 0;
            for (int round = 0; round <= plan.reanswers(); round++) {
                day = day.plusDays(3 + random.nextInt(8));
                entries.add(entry(r, EntryType.ANSWERED, day, addressee, answer(round), number(addressee, ++answers)));
                if (round < plan.reanswers()) {
                    day = day.plusDays(2 + random.nextInt(4));
                    entries.add(entry(r, EntryType.REANSWER_REQUESTED, day, district, "Câu trả lời chưa nêu rõ thời"
                            + " gian, nguồn lực và đơn vị thực hiện; đề nghị trả lời lại cụ thể.", null));
                }
            }
            if (plan.last() == EntryType.REANSWER_REQUESTED) {
                entries.add(entry(r, EntryType.REANSWER_REQUESTED, day.plusDays(3), district,
                        "Chưa trả lời đúng nội dung kiến nghị; đề nghị trả lời lại.", null));
            } else if (plan.last() != EntryType.ANSWERED) {
                day = day.plusDays(2);
                entries.add(entry(r, EntryType.ACCEPTED, day, district, null, null));
            }
            if (published(plan) && publication != null) {
                Resolution notice = noticesById.get(publication.documentId);
                RecommendationEntry entry = entry(r, EntryType.PUBLISHED, notice.issuedOn, district, notice.title,
                        notice.number);
                entry.publicationId = publication.id;
                entries.add(entry);
                if (plan.last() == EntryType.RESOLVED) {
                    entries.add(entry(r, EntryType.RESOLVED, notice.issuedOn.plusDays(10 + random.nextInt(40)),
                            addressee, "Đã triển khai xong theo văn bản trả lời; người dân đồng tình.", null));
                }
            }
        }
        r.entryCount = entries.size();
        r.reanswerCount = (int) entries.stream().filter(e -> e.type == EntryType.REANSWER_REQUESTED).count();
        r.status = RecommendationStatus.valueOf(entries.get(entries.size() - 1).type.name());
        em.persist(r);
        entries.forEach(em::persist);
    }

    private RecommendationEntry entry(Recommendation r, EntryType type, LocalDate day, Organization author,
            String body, String documentNumber) {
        RecommendationEntry e = new RecommendationEntry();
        e.id = idOf("entry:" + r.id + ":" + (r.entryCount + 1));
        r.entryCount++;
        e.recommendationId = r.id;
        e.seq = r.entryCount;
        e.type = type;
        e.authorOrganizationId = author.id;
        e.authorName = author.name;
        e.authorId = switch (author.code) {
            case "HD-NS" -> accounts.get("vanphong");
            case "NS-PNNVPTNT" -> accounts.get("phongnongnghiep");
            case "NS-ANLAM" -> accounts.get("dangbo.anlam");
            case "NS-ANLAM-01" -> accounts.get("bithu.dotlinh");
            default -> null;
        };
        e.at = OffsetDateTime.of(day, LocalTime.of(9, 30), Time.LOCAL.getRules().getOffset(day.atStartOfDay()));
        e.body = body;
        e.documentNumber = documentNumber;
        return e;
    }

    private static String answer(int round) {
        return round == 0 ? "Đơn vị đã kiểm tra thực tế, đưa nội dung kiến nghị vào kế hoạch giải quyết trong quý."
                : "Trả lời bổ sung: nêu rõ thời gian hoàn thành, kinh phí và đơn vị thực hiện theo yêu cầu.";
    }

    private String number(Organization addressee, int answer) {
        return (100 + random.nextInt(400)) + "/" + addressee.code.replace("NS-", "") + (answer > 1 ? "-BS" : "");
    }

    /** The same ids as {@link DemoDistrict}'s, from the same namespace. */
    private static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("nennep-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
