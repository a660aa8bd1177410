package vn.nennep.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.ReportQueries;
import vn.nennep.common.Time;
import vn.nennep.organizations.Organization;

/** {@code /reports/study-participation} in one query over the subtree ({@code study-participation.sql}). */
@ApplicationScoped
public class StudyParticipationService {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9000, 1, 1);

    private final ReviewQueries queries;
    private final EntityManager em;

    public StudyParticipationService(ReviewQueries queries, EntityManager em) {
        this.queries = queries;
        this.em = em;
    }

    @Transactional
    public StudyParticipationReport report(Organization organization, String resolution, LocalDate from,
            LocalDate to) {
        ReportQueries.prepare(em);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = em.createNativeQuery(queries.studyParticipation(), Tuple.class)
                .setParameter("within", organization.path)
                .setParameter("now", Time.now())
                .setParameter("fromTs", ReportScope.start(from == null ? EARLIEST : from))
                .setParameter("toTs", ReportScope.start(to == null ? LATEST : to.plusDays(1)))
                .setParameter("resolution", resolution)
                .getResultList();
        List<StudyParticipationReport.Row> rows = new ArrayList<>();
        long sessions = 0;
        long expected = 0;
        long attended = 0;
        long walkIns = 0;
        long counted = 0;
        RemarkCounts remarks = RemarkCounts.NONE;
        for (Tuple t : tuples) {
            RemarkCounts rowRemarks = RemarkCounts.of(t);
            long rowExpected = Rows.count(t, "expected");
            long rowCounted = Rows.count(t, "counted");
            rows.add(new StudyParticipationReport.Row(Rows.id(t, "resolution_id"), Rows.text(t, "resolution_number"),
                    Rows.text(t, "audience"), Rows.id(t, "organization_id"), Rows.text(t, "organization_name"),
                    Rows.count(t, "sessions_held"), rowExpected, Rows.count(t, "attended"), Rows.count(t, "walk_ins"),
                    Rows.rate(rowCounted, rowExpected), rowRemarks));
            sessions += Rows.count(t, "sessions_held");
            expected += rowExpected;
            attended += Rows.count(t, "attended");
            walkIns += Rows.count(t, "walk_ins");
            counted += rowCounted;
            remarks = remarks.plus(rowRemarks);
        }
        UUID resolutionId = resolution.isEmpty() ? null : UUID.fromString(resolution);
        return new StudyParticipationReport(organization.id, resolutionId, from, to, rows,
                new StudyParticipationReport.Totals(sessions, expected, attended, walkIns,
                        Rows.rate(counted, expected), remarks));
    }
}
