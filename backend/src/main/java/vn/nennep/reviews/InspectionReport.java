package vn.nennep.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /reports/inspections}: the year's inspections and supervisions touching a subtree, how far they went, their
 * findings and remedies about its organizations, and per organization named.
 */
public record InspectionReport(UUID organizationId, int year, LocalDate asOf, long planned, long held, long concluded,
        long closed, long cancelled, List<FindingCount> findings, RemedyCounts remedies, List<Subject> subjects) {

    public record FindingCount(String area, String rating, long count) {
    }

    public record RemedyCounts(long total, long open, long overdue, long done, long waived) {
    }

    /** One organization of the subtree named by the year's inspections; also one line of the CSV. */
    public record Subject(UUID organizationId, String organizationName, long inspections, FindingCounts findings,
            long remediesOpen, long remediesOverdue) {
    }
}
