package vn.nennep.reviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Rows of the fifth process's tables (V16) written with SQL, as their own endpoints would store them (search text,
 * version, timestamps; jsonb lists shaped as the design says), for the reports to read: the reports are tested
 * without the study and inspection endpoints.
 */
public final class ReviewFixtures {

    private final EntityManager em;

    public ReviewFixtures(EntityManager em) {
        this.em = em;
    }

    /** A PLANNED study plan of {@code organization} for {@code resolution}, scoped to the planner. */
    public String studyPlan(String organization, String resolution, String number, LocalDate actionPlansDueOn) {
        String id = UUID.randomUUID().toString();
        run("insert into study_plans (id, organization_id, resolution_id, number, issued_on, title,"
                + " scope_organization_id, levels, presenters, action_plans_due_on, status, search_text, version,"
                + " created_at, updated_at) values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid), ?4,"
                + " date '2024-01-10', 'Kế hoạch học tập, quán triệt', cast(?2 as uuid), '[]', '[]', ?5,"
                + " 'IN_PROGRESS', lower(?4), 0, now(), now())", id, organization, resolution, number,
                actionPlansDueOn);
        return id;
    }

    /**
     * An action plan of {@code organization} under {@code studyPlan}; {@code firstSubmittedOn} null for one never
     * submitted (PENDING), else submitted then (and {@code status} may be ACCEPTED or RETURNED).
     */
    public String actionPlan(String studyPlan, String organization, LocalDate dueOn, String status,
            LocalDate firstSubmittedOn) {
        String id = UUID.randomUUID().toString();
        run("insert into action_plans (id, study_plan_id, resolution_id, organization_id, due_on, status,"
                + " document_number, title, first_submitted_on, submitted_on, reviewed_on, return_reason, version,"
                + " created_at, updated_at) select cast(?1 as uuid), p.id, p.resolution_id, cast(?2 as uuid), ?3, ?4,"
                + " case when cast(?5 as text) is null then null else '12-KH/ĐU' end, null, cast(?5 as date),"
                + " cast(?5 as date),"
                + " case when ?4 in ('ACCEPTED', 'RETURNED') then cast(?5 as date) end,"
                + " case when ?4 = 'RETURNED' then 'Chưa sát thực tế' end, 0, now(), now()"
                + " from study_plans p where p.id = cast(?6 as uuid)", id, organization, dueOn, status,
                firstSubmittedOn == null ? null : firstSubmittedOn.toString(), studyPlan);
        return id;
    }

    /**
     * A study session of {@code organization} under {@code studyPlan}: a hall of {@code hall} = {expected, attended}
     * (null for none) and bridge points, each {expected, attended}.
     */
    public String session(String studyPlan, String organization, String audience, OffsetDateTime startsAt,
            int[] hall, List<int[]> points) {
        String id = UUID.randomUUID().toString();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < points.size(); i++) {
            json.append(i == 0 ? "" : ", ").append("{\"name\": \"Điểm cầu ").append(i + 1)
                    .append("\", \"hostOrganizationId\": null, \"expected\": ").append(points.get(i)[0])
                    .append(", \"attended\": ").append(points.get(i)[1]).append('}');
        }
        json.append(']');
        String format = points.isEmpty() ? (hall == null ? "BROADCAST" : "IN_PERSON")
                : hall == null ? "ONLINE" : "HYBRID";
        run("insert into study_sessions (id, study_plan_id, organization_id, organizer_kind, audience, format, title,"
                + " starts_at, ends_at, in_person_expected, in_person_attended, bridge_points, search_text, version,"
                + " created_at, updated_at) values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid),"
                + " 'STANDING_COMMITTEE', ?4, ?5, 'Hội nghị học tập', ?6, ?7, cast(?8 as integer),"
                + " cast(?9 as integer), cast(?10 as jsonb),"
                + " 'hoi nghi hoc tap', 0, now(), now())", id, studyPlan, organization, audience, format, startsAt,
                startsAt.plusHours(3), hall == null ? null : hall[0], hall == null ? null : hall[1], json.toString());
        return id;
    }

    /** A remark after {@code session} against {@code organization}, or one of its members ({@code member} not null). */
    public void remark(String session, String organization, String member, String kind) {
        run("insert into study_remarks (id, session_id, organization_id, member_id, kind, text, version, created_at,"
                + " updated_at) values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid), cast(?4 as uuid), ?5,"
                + " 'Nhận xét', 0, now(), now())", UUID.randomUUID().toString(), session, organization, member, kind);
    }

    /**
     * An inspection decided by {@code organization} about {@code subjects}, planned from {@code plannedFrom}, with
     * findings and remedies as JSON arrays of the design's shape.
     */
    public String inspection(String organization, List<String> subjects, LocalDate plannedFrom, String status,
            LocalDate startedOn, String findings, String remedies) {
        String id = UUID.randomUUID().toString();
        String subjectJson = "[" + String.join(", ", subjects.stream().map(s -> "\"" + s + "\"").toList()) + "]";
        run("insert into inspections (id, organization_id, kind, plan_number, title, subject_organization_ids, team,"
                + " planned_from, planned_to, started_on, status, findings, remedies, search_text, version,"
                + " created_at, updated_at) values (cast(?1 as uuid), cast(?2 as uuid), 'INSPECTION', ?3,"
                + " 'Kiểm tra việc thực hiện nghị quyết', cast(?4 as jsonb), '[]', ?5, ?6, cast(?7 as date), ?8,"
                + " cast(?9 as jsonb), cast(?10 as jsonb), 'kiem tra', 0, now(), now())", id, organization,
                "KH-" + id.substring(0, 8), subjectJson, plannedFrom, plannedFrom.plusDays(30), startedOn, status,
                findings, remedies);
        return id;
    }

    /** A finding as JSON. */
    public static String finding(String area, String organization, String rating) {
        return "{\"area\": \"" + area + "\", \"organizationId\": \"" + organization + "\", \"rating\": \"" + rating
                + "\", \"text\": \"Nhận định\"}";
    }

    /** A remedy as JSON. */
    public static String remedy(String organization, LocalDate dueOn, String status) {
        return "{\"organizationId\": \"" + organization + "\", \"text\": \"Khắc phục\", \"dueOn\": \"" + dueOn
                + "\", \"status\": \"" + status + "\", \"doneOn\": " + ("DONE".equals(status) ? "\"" + dueOn + "\""
                : "null") + ", \"waivedReason\": " + ("WAIVED".equals(status) ? "\"Không còn phù hợp\"" : "null")
                + "}";
    }

    public static String array(String... elements) {
        return "[" + String.join(", ", elements) + "]";
    }

    private void run(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }
}
