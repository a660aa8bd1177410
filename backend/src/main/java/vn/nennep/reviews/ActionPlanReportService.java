package vn.nennep.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.ReportQueries;
import vn.nennep.organizations.Organization;

/** {@code /reports/action-plans} in one query over the subtree ({@code action-plans.sql}). */
@ApplicationScoped
public class ActionPlanReportService {

    private final ReviewQueries queries;
    private final EntityManager em;

    public ActionPlanReportService(ReviewQueries queries, EntityManager em) {
        this.queries = queries;
        this.em = em;
    }

    @Transactional
    public ActionPlanReport report(Organization organization, String studyPlan, String resolution) {
        LocalDate today = ReportScope.today();
        ReportQueries.prepare(em);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = em.createNativeQuery(queries.actionPlans(), Tuple.class)
                .setParameter("within", organization.path)
                .setParameter("today", today)
                .setParameter("studyPlan", studyPlan)
                .setParameter("resolution", resolution)
                .getResultList();
        List<ActionPlanReport.Row> rows = tuples.stream().map(ActionPlanReportService::row).toList();
        return new ActionPlanReport(organization.id, uuid(studyPlan), uuid(resolution), today, rows,
                ActionPlanReport.Totals.of(rows));
    }

    private static ActionPlanReport.Row row(Tuple t) {
        return new ActionPlanReport.Row(Rows.id(t, "id"), Rows.id(t, "study_plan_id"),
                Rows.text(t, "study_plan_number"), Rows.id(t, "resolution_id"), Rows.text(t, "resolution_number"),
                Rows.id(t, "organization_id"), Rows.text(t, "organization_name"), Rows.text(t, "status"),
                Rows.date(t, "due_on"), Rows.date(t, "first_submitted_on"), Rows.date(t, "submitted_on"),
                ActionPlanReport.Outcome.valueOf(Rows.text(t, "outcome")), Boolean.TRUE.equals(t.get("overdue")));
    }

    private static UUID uuid(String text) {
        return text.isEmpty() ? null : UUID.fromString(text);
    }
}
