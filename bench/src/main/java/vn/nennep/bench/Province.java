package vn.nennep.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates one province into an empty, migrated database, deterministically (same seed, same rows): 12 districts,
 * 50 grassroots committees each, 10 branches each (120,000 members, sizes across the opinion tiers), three years
 * (2023–2025) of monthly regular meetings and quarterly thematic ones, and resolutions whose targets use every metric.
 * Columns are filled as the application writes them (MeetingRules): derived counts, rate, opinion count, the roll for
 * the last year, procedure checklist, tasks, score sheet with total and band. Envers' _aud tables are left empty.
 */
final class Province {

    /** Bump when the generated rows change: bench/run regenerates a database made by another version. */
    static final int VERSION = 1;

    static final int DISTRICTS = 12;
    static final int GRASSROOTS_PER_DISTRICT = 50;
    static final int BRANCHES_PER_GRASSROOTS = 10;
    static final int FIRST_YEAR = 2023;
    static final int MONTHS = 36;
    static final long SEED = 20251231L;

    /**
     * Branch sizes of one grassroots committee, each pattern summing to 200 (so 120,000 members in all): most under 20,
     * many 20–49, a few 50 and more, as the opinion tiers (3 / 5 / 8) expect.
     */
    private static final int[][] SIZES = {
        {8, 11, 14, 16, 18, 19, 22, 27, 30, 35},
        {6, 9, 12, 14, 17, 19, 21, 24, 26, 52},
        {5, 7, 10, 12, 15, 18, 20, 25, 30, 58},
        {9, 10, 13, 15, 17, 19, 23, 28, 31, 35}};

    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final String CREATED = "2022-12-01 08:00:00+07:00";

    private final Connection c;
    private final Random ids = new Random(SEED);
    private final List<Branch> branches = new ArrayList<>();
    private List<String> steps;
    private List<Criterion> criteria;
    private UUID province;
    private final List<UUID> districts = new ArrayList<>();

    private record Criterion(String code, String name, int max, boolean key) {
    }

    private static final class Branch {
        UUID id;
        UUID[] members;
        String[] names;
        boolean[] exempt;
        int exemptCount;
        int day;
        int hour;
        int minute;
    }

    Province(Connection connection) {
        this.c = connection;
    }

    /** Writes everything in the connection's transaction; the caller commits. */
    void generate(Progress progress) throws SQLException, IOException {
        templates();
        organizations();
        progress.step("organizations and zones");
        members();
        progress.step("members");
        resolutions();
        progress.step("resolutions and targets");
        meetings(progress);
    }

    interface Progress {
        void step(String what);
    }

    private UUID uuid() {
        return uuid(ids);
    }

    static UUID uuid(Random r) {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** The default procedure checklist and score sheet (V6, V14), as the application copies them onto a record. */
    private void templates() throws SQLException {
        steps = new ArrayList<>();
        criteria = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select x.step from meeting_templates t,"
                    + " jsonb_array_elements_text(t.procedure) with ordinality as x(step, n)"
                    + " where t.organization_id is null order by x.n")) {
                while (rs.next()) {
                    steps.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select x.c->>'code', x.c->>'name', (x.c->>'max')::int,"
                    + " (x.c->>'key')::boolean from meeting_templates t,"
                    + " jsonb_array_elements(t.criteria) with ordinality as x(c, n)"
                    + " where t.organization_id is null order by x.n")) {
                while (rs.next()) {
                    criteria.add(new Criterion(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)));
                }
            }
        }
    }

    private void organizations() throws SQLException, IOException {
        String columns = "id, code, name, type, parent_id, path, zone_id, roster_count, version, created_at, updated_at";
        province = uuid();
        String provincePath = "/" + province + "/";
        List<String> districtPaths = new ArrayList<>();
        try (Copy copy = new Copy(c, "organizations", columns)) {
            org(copy, province, "BENCH", "Đảng bộ tỉnh Thử Nghiệm", "PROVINCE", null, provincePath, null, 0);
            for (int d = 0; d < DISTRICTS; d++) {
                UUID id = uuid();
                districts.add(id);
                districtPaths.add(provincePath + id + "/");
                org(copy, id, "BENCH-H%02d".formatted(d + 1), "Đảng bộ huyện " + Words.DISTRICTS[d], "DISTRICT",
                        province, districtPaths.get(d), null, 0);
            }
        }
        List<UUID> zones = new ArrayList<>();
        try (Copy copy = new Copy(c, "zones", "id, name, district_id, head_name, version, created_at, updated_at")) {
            Random r = new Random(SEED + 1);
            for (int d = 0; d < DISTRICTS; d++) {
                for (int z = 0; z < 4; z++) {
                    UUID id = uuid();
                    zones.add(id);
                    copy.add(id).add("Cụm " + (z + 1)).add(districts.get(d)).add(Words.person(r)).add(0)
                            .add(CREATED).add(CREATED).end();
                }
            }
        }
        Random sizes = new Random(SEED + 2);
        try (Copy copy = new Copy(c, "organizations", columns)) {
            for (int d = 0; d < DISTRICTS; d++) {
                for (int g = 0; g < GRASSROOTS_PER_DISTRICT; g++) {
                    UUID id = uuid();
                    String path = districtPaths.get(d) + id + "/";
                    String commune = Words.COMMUNE_FIRST[g / 10 % 10] + " " + Words.COMMUNE_SECOND[g % 10];
                    org(copy, id, "BENCH-H%02d-X%02d".formatted(d + 1, g + 1), "Đảng bộ xã " + commune, "GRASSROOTS",
                            districts.get(d), path, zones.get(d * 4 + g % 4), 0);
                    int[] pattern = SIZES[(d * GRASSROOTS_PER_DISTRICT + g) % SIZES.length].clone();
                    shuffle(pattern, sizes);
                    for (int b = 0; b < BRANCHES_PER_GRASSROOTS; b++) {
                        Branch branch = new Branch();
                        branch.id = uuid();
                        branch.members = new UUID[pattern[b]];
                        branches.add(branch);
                        org(copy, branch.id, "BENCH-H%02d-X%02d-C%02d".formatted(d + 1, g + 1, b + 1),
                                "Chi bộ thôn " + Words.HAMLETS[b] + ", xã " + commune, "BRANCH", id,
                                path + branch.id + "/", null, pattern[b]);
                    }
                }
            }
        }
    }

    private static void org(Copy copy, UUID id, String code, String name, String type, UUID parent, String path,
            UUID zone, int roster) throws IOException {
        copy.add(id).add(code).add(name).add(type).add(parent).add(path).add(zone).add(roster).add(0)
                .add(CREATED).add(CREATED).end();
    }

    private void members() throws SQLException, IOException {
        Random r = new Random(SEED + 3);
        try (Copy copy = new Copy(c, "members", "id, organization_id, full_name, status, exempt, exempt_reason,"
                + " joined_on, version, created_at, updated_at")) {
            for (Branch b : branches) {
                int n = b.members.length;
                b.names = new String[n];
                b.exempt = new boolean[n];
                // Elderly members excused from meetings: none in the smallest branches, one or two in larger ones.
                b.exemptCount = n < 10 ? 0 : r.nextInt(n < 25 ? 2 : 3);
                b.day = 3 + r.nextInt(3);
                boolean evening = r.nextInt(3) == 0;
                b.hour = evening ? 19 : 14;
                b.minute = evening ? 30 : 0;
                for (int i = 0; i < n; i++) {
                    b.members[i] = uuid();
                    b.names[i] = Words.person(r);
                    b.exempt[i] = i >= n - b.exemptCount;
                    LocalDate joined = LocalDate.of(1970 + r.nextInt(52), 1 + r.nextInt(12), 1 + r.nextInt(28));
                    copy.add(b.members[i]).add(b.id).add(b.names[i])
                            .add(joined.getYear() >= 2022 ? "PROBATIONARY" : "FULL").add(b.exempt[i])
                            .add(b.exempt[i] ? "Tuổi cao, sức khỏe yếu" : null).add(joined).add(0)
                            .add(CREATED).add(CREATED).end();
                }
            }
        }
    }

    private void resolutions() throws SQLException {
        String insert = "insert into resolutions (id, number, sequence, document_type, issuer_code, issuer_id, term,"
                + " issued_on, title, scope_organization_id, effective_from, effective_to, version, created_at,"
                + " updated_at) values (?, ?, ?, 'NQ', ?, ?, ?, ?, ?, ?, ?, ?, 0, now(), now())";
        UUID old = uuid();
        UUID current = uuid();
        try (PreparedStatement s = c.prepareStatement(insert)) {
            resolution(s, old, 2, "TU", province, "2020-2025", LocalDate.of(2020, 12, 20),
                    "Nghị quyết về sinh hoạt chi bộ giai đoạn 2021-2022", LocalDate.of(2021, 1, 1),
                    LocalDate.of(2022, 12, 31));
            resolution(s, current, 5, "TU", province, "2020-2025", LocalDate.of(2022, 12, 15),
                    "Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2023-2025",
                    LocalDate.of(2023, 1, 1), null);
            for (int d = 0; d < DISTRICTS; d++) {
                resolution(s, uuid(), 12, "HU", districts.get(d), "2020-2025", LocalDate.of(2024, 3, 10),
                        "Nghị quyết về nâng cao chất lượng sinh hoạt chuyên đề", LocalDate.of(2024, 4, 1), null);
            }
            s.executeBatch();
        }
        String tiers = "[{\"minMembers\": 0, \"maxMembers\": 20, \"threshold\": 3},"
                + " {\"minMembers\": 20, \"maxMembers\": 50, \"threshold\": 5},"
                + " {\"minMembers\": 50, \"maxMembers\": null, \"threshold\": 8}]";
        String target = "insert into targets (id, resolution_id, title, metric, comparator, threshold, tiers,"
                + " meeting_kind, theme, unit, combined_threshold, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, 'GTE', ?, cast(? as jsonb), ?, ?, ?, ?, 0, now() + ? * interval '1 ms', now())";
        try (PreparedStatement s = c.prepareStatement(target)) {
            int n = 0;
            target(s, old, "Tỷ lệ đảng viên dự sinh hoạt đạt từ 80% trở lên", "ATTENDANCE_RATE", 80, null, null,
                    null, "%", null, n++);
            target(s, current, "Tỷ lệ đảng viên dự sinh hoạt đạt từ 85% trở lên", "ATTENDANCE_RATE", 85, null, null,
                    null, "%", null, n++);
            target(s, current, "Số ý kiến tham gia theo quy mô chi bộ", "OPINION_COUNT", null, tiers, null, null,
                    "ý kiến", null, n++);
            target(s, current, "Chuyên đề học tập và làm theo Bác: ít nhất 3 ý kiến", "OPINION_COUNT", 3, null,
                    "THEMATIC", Words.HCM, "ý kiến", null, n++);
            target(s, current, "Thời lượng từ 90 phút (kết hợp chuyên đề từ 120 phút)", "DURATION_MINUTES", 90, null,
                    null, null, "phút", 120, n++);
            target(s, current, "Sinh hoạt chuyên đề ít nhất mỗi quý 1 lần", "THEMATIC_PER_QUARTER", 1, null, null,
                    null, "lần", null, n++);
            target(s, current, "100% chi bộ ghi biên bản sinh hoạt trên phần mềm", "INDICATOR", 100, null, null,
                    null, "%", null, n++);
            try (Statement q = c.createStatement();
                    ResultSet rs = q.executeQuery("select id from resolutions where sequence = 12 order by id")) {
                while (rs.next()) {
                    UUID district = rs.getObject(1, UUID.class);
                    target(s, district, "Chuyên đề: tỷ lệ dự từ 90% trở lên", "ATTENDANCE_RATE", 90, null,
                            "THEMATIC", null, "%", null, n++);
                    target(s, district, "Chuyên đề: thời lượng từ 100 phút", "DURATION_MINUTES", 100, null,
                            "THEMATIC", null, "phút", null, n++);
                }
            }
            s.executeBatch();
        }
    }

    private static void resolution(PreparedStatement s, UUID id, int sequence, String issuerCode, UUID issuer,
            String term, LocalDate issued, String title, LocalDate from, LocalDate to) throws SQLException {
        s.setObject(1, id);
        s.setString(2, sequence + "-NQ/" + issuerCode);
        s.setInt(3, sequence);
        s.setString(4, issuerCode);
        s.setObject(5, issuer);
        s.setString(6, term);
        s.setObject(7, issued);
        s.setString(8, title);
        s.setObject(9, issuer);
        s.setObject(10, from);
        s.setObject(11, to);
        s.addBatch();
    }

    private void target(PreparedStatement s, UUID resolution, String title, String metric, Integer threshold,
            String tiers, String kind, String theme, String unit, Integer combined, int order) throws SQLException {
        s.setObject(1, uuid());
        s.setObject(2, resolution);
        s.setString(3, title);
        s.setString(4, metric);
        s.setObject(5, threshold == null ? null : new java.math.BigDecimal(threshold), java.sql.Types.NUMERIC);
        s.setString(6, tiers);
        s.setString(7, kind);
        s.setString(8, theme);
        s.setString(9, unit);
        s.setObject(10, combined == null ? null : new java.math.BigDecimal(combined), java.sql.Types.NUMERIC);
        s.setInt(11, order);
        s.addBatch();
    }

    private void meetings(Progress progress) throws SQLException, IOException {
        String columns = "id, branch_id, kind, theme, topic, scheduled_at, started_at, ended_at, duration_minutes,"
                + " held, chair, minute_taker, members_total, present, excused, unexcused, exempt, attendance_rate,"
                + " attendance, guests, opinions, opinion_count, procedure_steps, conclusions, tasks, vote_in_favour,"
                + " vote_voters, score_criteria, score_total, score_band, draft_sent_on, resolution_reported_on,"
                + " pilot, combined, version, created_at, updated_at, search_text";
        try (Copy copy = new Copy(c, "meetings", columns)) {
            for (int i = 0; i < branches.size(); i++) {
                branchMeetings(copy, branches.get(i), new Random(SEED * 31 + i));
                if ((i + 1) % 1000 == 0) {
                    progress.step("meetings of " + (i + 1) + " branches (" + copy.rows() + " records)");
                }
            }
        }
    }

    private void branchMeetings(Copy copy, Branch b, Random r) throws IOException {
        int thematicMonth = -1;
        boolean combinedQuarter = false;
        for (int m = 0; m < MONTHS; m++) {
            LocalDate month = LocalDate.of(FIRST_YEAR, 1, 1).plusMonths(m);
            if (m % 3 == 0) {
                // Most branches hold the quarter's thematic meeting in its last month (months 3, 6, 9, 12), a few
                // earlier, and about one quarter in 25 none at all.
                thematicMonth = r.nextInt(25) == 0 ? -1 : m + (r.nextInt(10) < 7 ? 2 : r.nextInt(3));
                combinedQuarter = r.nextInt(100) < 35;
            }
            boolean thematic = m == thematicMonth;
            boolean combined = thematic && combinedQuarter;
            OffsetDateTime scheduled = LocalDateTime.of(month.withDayOfMonth(b.day), java.time.LocalTime.of(b.hour,
                    b.minute)).atOffset(LOCAL);
            boolean held = r.nextInt(1000) >= 7;
            int minutes = combined ? (r.nextInt(10) == 0 ? 95 + r.nextInt(25) : 120 + r.nextInt(50))
                    : (r.nextInt(100) < 7 ? 55 + r.nextInt(35) : 90 + r.nextInt(60));
            OffsetDateTime started = scheduled.plusMinutes(r.nextInt(4) == 0 ? r.nextInt(20) : 0);
            OffsetDateTime ended = started.plusMinutes(minutes);
            String topic = "Sinh hoạt thường kỳ tháng " + month.getMonthValue() + "/" + month.getYear();
            meeting(copy, b, r, "REGULAR", null, topic, scheduled, held ? started : null, held ? ended : null, held,
                    combined, month);
            if (thematic) {
                String theme = Words.THEMES[(m / 3 + b.day) % Words.THEMES.length];
                OffsetDateTime start = combined ? ended : LocalDateTime.of(month.withDayOfMonth(15 + r.nextInt(8)),
                        java.time.LocalTime.of(b.hour, b.minute)).atOffset(LOCAL);
                int length = r.nextInt(100) < 8 ? 60 + r.nextInt(30) : 90 + r.nextInt(60);
                meeting(copy, b, r, "THEMATIC", theme, "Chuyên đề: " + theme, start, start, start.plusMinutes(length),
                        true, false, month);
            }
        }
    }

    private void meeting(Copy copy, Branch b, Random r, String kind, String theme, String topic,
            OffsetDateTime scheduled, OffsetDateTime started, OffsetDateTime ended, boolean held, boolean combined,
            LocalDate month) throws IOException {
        int n = b.members.length;
        boolean thematic = theme != null;
        String chair = b.names[0];
        String minuteTaker = b.names[1 % n];
        OffsetDateTime written = (started == null ? scheduled : started).plusDays(1 + r.nextInt(3));
        copy.add(uuid(r)).add(b.id).add(kind).add(theme).add(topic).add(stamp(scheduled)).add(stamp(started))
                .add(stamp(ended));
        if (!held) {
            copy.add(null).add(false).add(chair).add(minuteTaker).add(null).add(null).add(null).add(null).add(null)
                    .add(null).add(null).add("[]").add("[]").add(0).add(procedure(r, false)).add(null).add("[]")
                    .add(null).add(null).add(null).add(null).add(null).add(null).add(null).add(false).add(false)
                    .add(0).add(stamp(written)).add(stamp(written)).add(Words.fold(theme, topic)).end();
            return;
        }
        int mustAttend = n - b.exemptCount;
        // One meeting in ten misses 85 % attendance; the others lose a member or two at most.
        int absent = r.nextInt(10) == 0 ? Math.max(1, (int) Math.ceil(mustAttend * (0.16 + r.nextDouble() * 0.15)))
                : r.nextInt(Math.max(1, mustAttend / 8) + 1);
        absent = Math.min(absent, mustAttend - 1);
        int unexcused = absent == 0 ? 0 : r.nextInt(3) == 0 ? 1 + r.nextInt((absent + 1) / 2) : 0;
        int excused = absent - unexcused;
        int present = mustAttend - absent;
        int need = thematic && theme.contains(Words.HCM) ? 3 : n < 20 ? 3 : n < 50 ? 5 : 8;
        // About one meeting in eight falls short of its opinion tier.
        int opinions = r.nextInt(8) == 0 ? Math.max(1, need - 1 - r.nextInt(2)) : need + r.nextInt(5);
        opinions = Math.min(opinions, present);
        boolean rolled = month.getYear() == FIRST_YEAR + MONTHS / 12 - 1;
        copy.add((int) java.time.Duration.between(started, ended).toMinutes()).add(true).add(chair).add(minuteTaker)
                .add(n).add(present).add(excused).add(unexcused).add(b.exemptCount)
                .add(java.math.BigDecimal.valueOf(present * 100L).divide(java.math.BigDecimal.valueOf(mustAttend), 1,
                        java.math.RoundingMode.HALF_UP))
                .add(rolled ? roll(b, r, excused, unexcused) : null)
                .add(r.nextInt(10) == 0 ? "[" + Copy.json("Đ/c " + Words.person(r) + ", Đảng ủy viên xã") + "]"
                        : "[]")
                .add(opinionList(b, r, opinions)).add(opinions).add(procedure(r, true))
                .add(Words.pick(r, Words.CONCLUSIONS)).add(tasks(b, r, started.toLocalDate()))
                .add(present - (r.nextInt(10) == 0 ? 1 : 0)).add(present);
        if (r.nextInt(10) < 7) {
            score(copy, r, absent == 0 && opinions >= need);
        } else {
            copy.add(null).add(null).add(null);
        }
        LocalDate day = started.toLocalDate();
        copy.add(thematic ? day.minusDays(3 + r.nextInt(4)) : null).add(thematic ? day.plusDays(3 + r.nextInt(5)) : null)
                .add(false).add(combined).add(0).add(stamp(written)).add(stamp(written))
                .add(Words.fold(theme, topic)).end();
    }

    /** The roll: exempt members, then {@code excused} and {@code unexcused} absentees drawn from the rest. */
    private static String roll(Branch b, Random r, int excused, int unexcused) {
        int n = b.members.length;
        String[] status = new String[n];
        for (int i = 0; i < n; i++) {
            status[i] = b.exempt[i] ? "EXEMPT" : "PRESENT";
        }
        int left = excused + unexcused;
        while (left > 0) {
            int i = r.nextInt(n);
            if ("PRESENT".equals(status[i])) {
                status[i] = left > unexcused ? "EXCUSED" : "UNEXCUSED";
                left--;
            }
        }
        StringBuilder json = new StringBuilder(n * 80).append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                json.append(", ");
            }
            String reason = "EXCUSED".equals(status[i]) ? Copy.json(Words.pick(r, Words.EXCUSES))
                    : "EXEMPT".equals(status[i]) ? Copy.json("Tuổi cao, sức khỏe yếu") : "null";
            json.append("{\"memberId\": \"").append(b.members[i]).append("\", \"status\": \"").append(status[i])
                    .append("\", \"reason\": ").append(reason).append('}');
        }
        return json.append(']').toString();
    }

    private static String opinionList(Branch b, Random r, int count) {
        StringBuilder json = new StringBuilder(count * 160).append('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append("{\"speaker\": ").append(Copy.json("Đ/c " + b.names[r.nextInt(b.names.length)]))
                    .append(", \"area\": \"").append(Words.pick(r, Words.AREAS)).append("\", \"summary\": ")
                    .append(Copy.json(Words.pick(r, Words.OPINIONS))).append('}');
        }
        return json.append(']').toString();
    }

    private String procedure(Random r, boolean held) {
        StringBuilder json = new StringBuilder(2048).append('[');
        int skipped = held && r.nextInt(5) == 0 ? r.nextInt(steps.size()) : -1;
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append("{\"step\": ").append(Copy.json(steps.get(i))).append(", \"done\": ")
                    .append(held && i != skipped).append('}');
        }
        return json.append(']').toString();
    }

    private static String tasks(Branch b, Random r, LocalDate day) {
        int count = 1 + r.nextInt(3);
        StringBuilder json = new StringBuilder(count * 220).append('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append("{\"id\": \"").append(uuid(r)).append("\", \"title\": ")
                    .append(Copy.json(Words.pick(r, Words.TASKS))).append(", \"assigneeName\": ")
                    .append(Copy.json("Đ/c " + b.names[r.nextInt(b.names.length)])).append(", \"dueOn\": \"")
                    .append(day.plusDays(25)).append("\", \"reportAtMeetingId\": null, \"status\": \"")
                    .append(r.nextInt(5) == 0 ? "OPEN" : "DONE").append("\", \"carriedFromTaskId\": null}");
        }
        return json.append(']').toString();
    }

    /** The score sheet with points, its total and band (GOOD needs ≥ 90 and full marks on the key criteria). */
    private void score(Copy copy, Random r, boolean good) {
        StringBuilder json = new StringBuilder(1024).append('[');
        int total = 0;
        boolean fullKeys = true;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion k = criteria.get(i);
            int points = good || r.nextInt(3) > 0 ? k.max() - (r.nextInt(4) == 0 && !k.key() ? 1 + r.nextInt(3) : 0)
                    : Math.max(0, k.max() - 1 - r.nextInt(Math.max(1, k.max() / 2)));
            points = Math.max(0, points);
            total += points;
            fullKeys &= !k.key() || points == k.max();
            if (i > 0) {
                json.append(", ");
            }
            json.append("{\"code\": ").append(Copy.json(k.code())).append(", \"name\": ").append(Copy.json(k.name()))
                    .append(", \"max\": ").append(k.max()).append(", \"key\": ").append(k.key())
                    .append(", \"points\": ").append(points).append('}');
        }
        String band = total >= 90 && fullKeys ? "GOOD" : total >= 70 ? "FAIR" : total >= 50 ? "AVERAGE" : "POOR";
        copy.add(json.append(']').toString()).add(total).add(band);
    }

    private static String stamp(OffsetDateTime t) {
        return t == null ? null : STAMP.format(t);
    }

    private static void shuffle(int[] values, Random r) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
