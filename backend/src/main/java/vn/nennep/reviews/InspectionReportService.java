package vn.nennep.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.nennep.common.ReportQueries;
import vn.nennep.organizations.Organization;

/**
 * {@code /reports/inspections} in three queries over the same inspections ({@code inspections-of-year.sql}): how far
 * they went, the findings by area and rating, and per organization named; the remedies' totals are the sums of the
 * organizations' rows, so that the two tables cannot disagree.
 */
@ApplicationScoped
public class InspectionReportService {

    private final ReviewQueries queries;
    private final EntityManager em;

    public InspectionReportService(ReviewQueries queries, EntityManager em) {
        this.queries = queries;
        this.em = em;
    }

    @Transactional
    public InspectionReport report(Organization organization, int year) {
        LocalDate today = ReportScope.today();
        ReportQueries.prepare(em);
        Tuple counts = (Tuple) query(queries.inspectionCounts(), organization, year).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Tuple> findings = query(queries.inspectionFindings(), organization, year).getResultList();
        @SuppressWarnings("unchecked")
        List<Tuple> subjects = query(queries.inspectionSubjects(), organization, year)
                .setParameter("today", today).getResultList();
        long total = 0;
        long open = 0;
        long overdue = 0;
        long done = 0;
        long waived = 0;
        for (Tuple s : subjects) {
            total += Rows.count(s, "remedies_total");
            open += Rows.count(s, "remedies_open");
            overdue += Rows.count(s, "remedies_overdue");
            done += Rows.count(s, "remedies_done");
            waived += Rows.count(s, "remedies_waived");
        }
        return new InspectionReport(organization.id, year, today, Rows.count(counts, "planned"),
                Rows.count(counts, "held"), Rows.count(counts, "concluded"), Rows.count(counts, "closed"),
                Rows.count(counts, "cancelled"),
                findings.stream().map(f -> new InspectionReport.FindingCount(Rows.text(f, "area"),
                        Rows.text(f, "rating"), Rows.count(f, "count"))).toList(),
                new InspectionReport.RemedyCounts(total, open, overdue, done, waived),
                subjects.stream().map(s -> new InspectionReport.Subject(Rows.id(s, "organization_id"),
                        Rows.text(s, "organization_name"), Rows.count(s, "inspections"), FindingCounts.of(s),
                        Rows.count(s, "remedies_open"), Rows.count(s, "remedies_overdue"))).toList());
    }

    private Query query(String sql, Organization organization, int year) {
        return em.createNativeQuery(sql, Tuple.class)
                .setParameter("within", organization.path)
                .setParameter("fromDay", LocalDate.of(year, 1, 1))
                .setParameter("toDay", LocalDate.of(year + 1, 1, 1));
    }
}
