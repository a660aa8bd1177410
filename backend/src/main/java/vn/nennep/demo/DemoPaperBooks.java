package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.nennep.common.Time;
import vn.nennep.demo.DemoMeetingTexts.Said;
import vn.nennep.meetings.Meeting;
import vn.nennep.meetings.MeetingRequest;
import vn.nennep.meetings.MeetingRequest.OpinionInput;
import vn.nennep.meetings.MeetingRequest.VoteInput;
import vn.nennep.meetings.MeetingContexts;
import vn.nennep.meetings.MeetingWriter;
import vn.nennep.members.Member;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;
import vn.nennep.meetings.MeetingKind;

/**
 * The village branches' minutes books around 17-NQ/HU (issued 15/4/2022), copied in by the district office to see
 * what the resolution changed (seed 000: "tỷ lệ đảng viên dự sinh hoạt chi bộ, số lượt phát biểu sau khi có nghị quyết
 * ... đều tăng"): the six regular meetings before it (November 2021 to April 2022) and the five after it (May to
 * September 2022), counts only, as a paper book gives them, with each speaker and what was said. Before, meetings were
 * thinner, as the conference found them: about four in five members came, fewer spoke than 17-NQ/HU would ask, an
 * hour or so, a thematic meeting in one branch out of three in the first quarter. After, the resolution's targets are
 * met: a thematic meeting in June and in September in every branch. So {@code /resolutions/{id}/effect} shows real
 * figures on both sides, and the compliance of 17-NQ/HU over its whole period includes these quarters.
 *
 * <p>Each record is checked by {@link MeetingWriter} as the API would check it; one regular record a branch a month.
 * Deterministic; about 900 small records (no roll, checklist, score sheet or tasks), written month by month.
 */
final class DemoPaperBooks {

    /** 17-NQ/HU's issue date (see {@link DemoResolutions}). */
    static final LocalDate ISSUED = LocalDate.of(2022, 4, 15);
    private static final YearMonth FIRST = YearMonth.of(2021, 11);
    private static final YearMonth LAST = YearMonth.of(2022, 9);

    private final EntityManager em;
    private final MeetingWriter rules;

    DemoPaperBooks(EntityManager em, MeetingWriter rules) {
        this.em = em;
        this.rules = rules;
    }

    /** A village branch as its book of 2021–2022 knows it: the members of the time, the speakers among them. */
    private record Book(Organization branch, int index, MeetingContexts.Branch rules, List<Member> members) {
    }

    void load() {
        Organization district = Organization.find("code", "HD-NS").firstResult();
        List<Organization> branches = Organization.list("type = ?1 and path like ?2 and name like 'Chi bộ thôn %'"
                + " order by code", OrganizationType.BRANCH, district.path + "%");
        Map<UUID, List<Member>> rosters = new HashMap<>();
        em.createQuery("select m from Member m, Organization o where o.id = m.organizationId and o.path like :p"
                + " and m.joinedOn < :then order by m.fullName, m.id", Member.class)
                .setParameter("p", district.path + "%").setParameter("then", FIRST.atDay(1)).getResultList()
                .forEach(m -> rosters.computeIfAbsent(m.organizationId, k -> new ArrayList<>()).add(m));
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            Organization branch = branches.get(i);
            List<Member> members = rosters.getOrDefault(branch.id, List.of());
            if (members.stream().filter(m -> !m.exempt).count() >= 3) {
                books.add(new Book(branch, i, rules.branch(branch), members));
            }
        }
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            List<Meeting> written = new ArrayList<>();
            for (Book book : books) {
                write(book, month, written);
            }
            em.flush();
            written.forEach(em::detach);
        }
    }

    private void write(Book book, YearMonth month, List<Meeting> written) {
        boolean after = month.atDay(1).isAfter(ISSUED);
        int day = 3 + book.index() % 5;
        LocalTime time = book.index() % 3 == 0 ? LocalTime.of(14, 0) : LocalTime.of(19, 30);
        Random rnd = new Random(book.branch().code.hashCode() * 31L + month.hashCode());
        written.add(meeting(book, MeetingKind.REGULAR, null, at(month.atDay(day), time), after, rnd));
        boolean thematicMonth = after ? month.getMonthValue() % 3 == 0
                : month.equals(YearMonth.of(2022, 3)) && book.index() % 3 == 0;
        if (thematicMonth) {
            List<String> themes = DemoMeetingTexts.VILLAGE_THEMES;
            String theme = themes.get((month.getMonthValue() / 3 + book.index()) % themes.size());
            written.add(meeting(book, MeetingKind.THEMATIC, theme, at(month.atDay(day + 15), time), after, rnd));
        }
    }

    private Meeting meeting(Book book, MeetingKind kind, String theme, OffsetDateTime start, boolean after,
            Random rnd) {
        List<Member> members = book.members();
        int total = members.size();
        int exempt = (int) members.stream().filter(m -> m.exempt).count();
        int mustAttend = total - exempt;
        int absent = after ? mustAttend * (3 + rnd.nextInt(10)) / 100 : mustAttend * (15 + rnd.nextInt(10)) / 100;
        int unexcused = !after && absent > 1 && rnd.nextInt(4) == 0 ? 1 : 0;
        int present = mustAttend - absent;
        boolean hcm = theme != null && theme.contains("Hồ Chí Minh");
        int tier = hcm || total < 20 ? 3 : total < 50 ? 5 : 8;
        int opinions = after ? tier + rnd.nextInt(3)
                : Math.max(1, tier - 1 - rnd.nextInt(3) + (rnd.nextInt(4) == 0 ? 2 : 0));
        int minutes = after ? (kind == MeetingKind.THEMATIC ? 110 : 90) + 5 * rnd.nextInt(6)
                : 60 + 5 * rnd.nextInt(rnd.nextInt(5) == 0 ? 8 : 5);
        List<Member> speakers = new ArrayList<>(members.stream().filter(m -> !m.exempt).toList());
        Collections.shuffle(speakers, rnd);
        List<Said> said = new ArrayList<>(DemoMeetingTexts.VILLAGE_OPINIONS);
        Collections.shuffle(said, rnd);
        if (kind == MeetingKind.THEMATIC) {
            List<Said> thematic = new ArrayList<>(DemoMeetingTexts.THEMATIC_OPINIONS);
            Collections.shuffle(thematic, rnd);
            said.addAll(0, thematic);
        }
        List<OpinionInput> lines = new ArrayList<>();
        for (int i = 0; i < opinions && i < said.size(); i++) {
            Member speaker = speakers.get((1 + i) % Math.min(speakers.size(), Math.max(2, present)));
            lines.add(new OpinionInput(speaker.fullName, said.get(i).area(), said.get(i).summary()));
        }
        YearMonth month = YearMonth.from(start.atZoneSameInstant(Time.LOCAL));
        String topic = kind == MeetingKind.THEMATIC
                ? "Sinh hoạt chuyên đề quý " + (month.getMonthValue() + 2) / 3 + " năm " + month.getYear()
                : "Sinh hoạt thường kỳ tháng " + month.getMonthValue() + "/" + month.getYear()
                        + " (chép từ sổ biên bản)";
        MeetingRequest request = new MeetingRequest(book.branch().id, kind, theme, topic, start, start,
                start.plusMinutes(minutes), true, speakers.get(0).fullName + ", Bí thư Chi bộ", null, total, present,
                absent - unexcused, unexcused, exempt, null, List.of(), lines, null,
                "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng " + month.getMonthValue() + "; giao các đoàn thể"
                        + " và đảng viên thực hiện, báo cáo tại kỳ sinh hoạt sau.",
                List.of(), new VoteInput(present, present), null, null, null, false, null, false, null);
        Meeting meeting = new Meeting();
        meeting.id = UUID.nameUUIDFromBytes(("nennep-demo:paper:" + book.branch().code + ":" + start + ":" + kind)
                .getBytes(StandardCharsets.UTF_8));
        rules.applyAsSystem(meeting, request, book.rules());
        em.persist(meeting);
        return meeting;
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Time.LOCAL).toOffsetDateTime();
    }
}
