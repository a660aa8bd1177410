package vn.nennep.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.nennep.common.ReportQueries;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.meetings.ScoreBand;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * {@code /reports/yearly-review}: the organizations in one query over the subtree ({@code yearly-organizations.sql}),
 * the members of a branch in another ({@code yearly-members.sql}).
 */
@ApplicationScoped
public class YearlyReviewService {

    private final ReviewQueries queries;
    private final EntityManager em;

    public YearlyReviewService(ReviewQueries queries, EntityManager em) {
        this.queries = queries;
        this.em = em;
    }

    /** The review; {@code member} ('' for all) narrows the members to one, who must be on the branch's roster. */
    @Transactional
    public YearlyReview review(Organization organization, int year, String member) {
        boolean branch = organization.type == OrganizationType.BRANCH;
        if (!member.isEmpty() && !branch) {
            throw new Unprocessable("memberId", "report.memberNeedsBranch");
        }
        LocalDate today = ReportScope.today();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        ReportQueries.prepare(em);
        @SuppressWarnings("unchecked")
        List<Tuple> organizations = em.createNativeQuery(queries.yearlyOrganizations(), Tuple.class)
                .setParameter("within", organization.path)
                .setParameter("root", organization.id.toString())
                .setParameter("fromTs", ReportScope.start(from))
                .setParameter("toTs", ReportScope.start(to))
                .setParameter("fromDay", from)
                .setParameter("toDay", to)
                .setParameter("now", Time.now())
                .setParameter("today", today)
                .getResultList();
        List<YearlyReview.Member> members = List.of();
        if (branch) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery(queries.yearlyMembers(), Tuple.class)
                    .setParameter("branch", organization.id.toString())
                    .setParameter("member", member)
                    .setParameter("fromTs", ReportScope.start(from))
                    .setParameter("toTs", ReportScope.start(to))
                    .getResultList();
            if (!member.isEmpty() && rows.isEmpty()) {
                throw new Unprocessable("memberId", "report.memberNotOnRoster", member);
            }
            members = rows.stream().map(YearlyReviewService::member).toList();
        }
        return new YearlyReview(organization.id, organization.name, year, today,
                organizations.stream().map(YearlyReviewService::organization).toList(), members);
    }

    private static YearlyReview.Organization organization(Tuple t) {
        return new YearlyReview.Organization(Rows.id(t, "organization_id"), Rows.text(t, "organization_name"),
                OrganizationType.valueOf(Rows.text(t, "type")), Rows.id(t, "parent_id"),
                Rows.count(t, "meetings_held"), Rows.count(t, "regular_held"), Rows.count(t, "thematic_held"),
                Rows.plain(t.get("average_attendance_rate", java.math.BigDecimal.class)),
                new YearlyReview.QuarterBands(band(t, "q1"), band(t, "q2"), band(t, "q3"), band(t, "q4")),
                Rows.count(t, "study_sessions_held"), RemarkCounts.of(t),
                new YearlyReview.ActionPlanOutcomes(Rows.count(t, "on_time"), Rows.count(t, "plans_late"),
                        Rows.count(t, "missing"), Rows.count(t, "not_due")),
                FindingCounts.of(t), Rows.count(t, "remedies_open"), Rows.count(t, "remedies_overdue"));
    }

    private static YearlyReview.Member member(Tuple t) {
        return new YearlyReview.Member(Rows.id(t, "member_id"), Rows.text(t, "full_name"), Rows.count(t, "attended"),
                Rows.count(t, "excused"), Rows.count(t, "unexcused"), RemarkCounts.of(t),
                Rows.count(t, "tasks_assigned"), Rows.count(t, "tasks_done"));
    }

    private static ScoreBand band(Tuple t, String column) {
        String band = Rows.text(t, column);
        return band == null ? null : ScoreBand.valueOf(band);
    }
}
