package vn.nennep.resolutions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.NotFound;
import vn.nennep.common.Params;
import vn.nennep.common.Time;
import vn.nennep.meetings.MeetingService;
import vn.nennep.organizations.Organization;

/**
 * Stored meetings against the targets of the resolutions in force: one meeting ({@code /meetings/{id}/evaluation}),
 * a resolution's subtree over a period ({@code /resolutions/{id}/compliance}) and before vs after its issue date
 * ({@code /resolutions/{id}/effect}). Selection and comparison happen in SQL ({@link #VERDICTS}); the SQL must agree
 * with {@link TargetRules}, which words the reasons.
 */
@ApplicationScoped
public class EvaluationService {

    /** The per-meeting metrics and the quarterly one; INDICATOR targets are reported, not evaluated from meetings. */
    public static final String EVALUATED = "('ATTENDANCE_RATE', 'OPINION_COUNT', 'DURATION_MINUTES', 'THEMATIC_PER_QUARTER')";

    /**
     * Given {@code ms} (held meetings: the meeting columns plus {@code path}, {@code local_day}, {@code quarter} and
     * {@code thematic_so_far}, the branch's thematic meetings in that local quarter up to this one) and {@code res}
     * (candidate resolutions with {@code scope_path}), one row per meeting, resolution and metric: the most specific
     * target (theme 2 > meeting kind 1 > all 0; on a tie the oldest), the requirement (the tier holding the members on
     * the roll, half-open; for DURATION_MINUTES of a {@code combined} meeting the target's combined threshold when it
     * has one), the actual figure and whether it passes.
     */
    public static final String VERDICTS = """
            candidates as (
                select ms.*, t.id as target_id, t.resolution_id, t.metric, t.comparator, t.threshold, t.tiers,
                       t.meeting_kind, t.theme as target_theme, t.combined_threshold, t.created_at as target_created,
                       case when t.theme is not null then 2
                            when t.meeting_kind is not null then 1 else 0 end as specificity
                from ms
                join res r on ms.path like r.scope_path || '%'
                          and ms.local_day >= r.effective_from
                          and (r.effective_to is null or ms.local_day <= r.effective_to)
                join targets t on t.resolution_id = r.id
                where t.metric in {evaluated}
                  and (t.meeting_kind is null or t.meeting_kind = ms.kind)
                  and (t.theme is null
                       or ms.theme is not null and strpos(nennep_fold(ms.theme), nennep_fold(t.theme)) > 0)
            ),
            chosen as (
                select distinct on (id, resolution_id, metric) *
                from candidates
                order by id, resolution_id, metric, specificity desc, target_created, target_id
            ),
            required as (
                select c.*,
                       case when c.metric = 'DURATION_MINUTES' and c.combined and c.combined_threshold is not null
                                then c.combined_threshold
                            when c.tiers is not null then
                                (select x.threshold
                                 from jsonb_to_recordset(c.tiers)
                                      as x("minMembers" int, "maxMembers" int, threshold numeric)
                                 where c.members_total >= x."minMembers"
                                   and (x."maxMembers" is null or c.members_total < x."maxMembers")
                                 order by x."minMembers" limit 1)
                            else c.threshold end as need,
                       c.members_total - coalesce(c.exempt, 0) as must_attend
                from chosen c
            ),
            verdicts as (
                select q.*,
                       case q.metric
                           when 'ATTENDANCE_RATE' then round(q.present * 100.0 / q.must_attend, 2)
                           when 'OPINION_COUNT' then q.opinion_count::numeric
                           when 'DURATION_MINUTES' then q.duration_minutes::numeric
                           else q.thematic_so_far::numeric end as actual,
                       case q.metric
                           when 'ATTENDANCE_RATE' then
                               case q.comparator when 'GTE' then q.present * 100.0 >= q.need * q.must_attend
                                                 else q.present * 100.0 <= q.need * q.must_attend end
                           else coalesce(case q.comparator
                               when 'GTE' then (case q.metric when 'OPINION_COUNT' then q.opinion_count
                                   when 'DURATION_MINUTES' then q.duration_minutes else q.thematic_so_far end) >= q.need
                               else (case q.metric when 'OPINION_COUNT' then q.opinion_count
                                   when 'DURATION_MINUTES' then q.duration_minutes else q.thematic_so_far end) <= q.need
                               end, false) end as passed
                from required q
                where q.need is not null
                  and (q.metric <> 'ATTENDANCE_RATE' or q.must_attend > 0)
            )
            """.replace("{evaluated}", EVALUATED);

    private static final String MEETING_EVALUATION = """
            with ms as (
                select m.id, m.branch_id, m.kind, m.theme, m.members_total, m.exempt, m.present, m.opinion_count,
                       m.duration_minutes, m.combined, o.path, d.local_day,
                       (select count(*) from meetings q
                        where q.branch_id = m.branch_id and q.held and q.kind = 'THEMATIC'
                          and q.started_at >= date_trunc('quarter', d.local_day::timestamp)
                                              at time zone 'Asia/Ho_Chi_Minh'
                          and q.started_at <= m.started_at) as thematic_so_far
                from meetings m
                join organizations o on o.id = m.branch_id
                cross join lateral (select (m.started_at at time zone 'Asia/Ho_Chi_Minh')::date as local_day) d
                where m.id = :id and m.held and m.started_at is not null
            ),
            res as (
                select r.id, r.effective_from, r.effective_to, s.path as scope_path
                from resolutions r join organizations s on s.id = r.scope_organization_id
            ),
            {verdicts}
            select v.target_id, v.resolution_id, r.number, v.metric, v.comparator, v.threshold, v.tiers::text,
                   v.meeting_kind, v.target_theme, v.combined_threshold,
                   v.kind, v.theme, v.members_total, coalesce(v.exempt, 0), v.present, v.opinion_count,
                   v.duration_minutes, v.need, v.actual, v.passed, v.combined
            from verdicts v join resolutions r on r.id = v.resolution_id
            order by r.issued_on, r.number, case v.metric when 'ATTENDANCE_RATE' then 1 when 'OPINION_COUNT' then 2
                     when 'DURATION_MINUTES' then 3 else 4 end
            """.replace("{verdicts}", VERDICTS);

    /**
     * Per non-INDICATOR target of the resolution: meetings (for THEMATIC_PER_QUARTER: branch-quarters with any held
     * meeting) evaluated and passed, branches evaluated and passing (every evaluated meeting or quarter passed).
     */
    private static final String COMPLIANCE = """
            with ms as (
                select m.id, m.branch_id, m.kind, m.theme, m.members_total, m.exempt, m.present, m.opinion_count,
                       m.duration_minutes, m.combined, o.path, d.local_day,
                       date_trunc('quarter', d.local_day::timestamp)::date as quarter,
                       0::bigint as thematic_so_far
                from meetings m
                join organizations o on o.id = m.branch_id
                cross join lateral (select (m.started_at at time zone 'Asia/Ho_Chi_Minh')::date as local_day) d
                where m.held and m.started_at >= :fromTs and m.started_at < :toTs
                  and o.path like :within || '%' and o.path like :own || '%'
            ),
            res as (
                select r.id, r.effective_from, r.effective_to, s.path as scope_path
                from resolutions r join organizations s on s.id = r.scope_organization_id
                where r.id = :resolution
            ),
            {verdicts},
            units as (
                select target_id, branch_id, passed from verdicts where metric <> 'THEMATIC_PER_QUARTER'
                union all
                select t.id, bq.branch_id,
                       case t.comparator when 'GTE' then bq.thematic >= t.threshold else bq.thematic <= t.threshold end
                from targets t
                join res r on r.id = t.resolution_id
                join (select branch_id, path, quarter, count(*) filter (where kind = 'THEMATIC') as thematic
                      from ms group by branch_id, path, quarter) bq on bq.path like r.scope_path || '%'
                where t.metric = 'THEMATIC_PER_QUARTER'
            ),
            branches as (
                select target_id, branch_id, bool_and(passed) as all_passed from units group by target_id, branch_id
            )
            select t.id, t.metric,
                   (select count(*) from units u where u.target_id = t.id),
                   (select count(*) from units u where u.target_id = t.id and u.passed),
                   (select count(*) from branches b where b.target_id = t.id),
                   (select count(*) from branches b where b.target_id = t.id and b.all_passed)
            from targets t
            where t.resolution_id = :resolution and t.metric in {evaluated}
            order by t.created_at, t.id
            """.replace("{verdicts}", VERDICTS).replace("{evaluated}", EVALUATED);

    /** Averages over the held meetings of the scope in [from, to), before and after the issue date. */
    private static final String EFFECT = """
            select case when m.started_at < :issuedTs then 'before' else 'after' end as period,
                   count(*),
                   avg(m.present * 100.0 / nullif(m.members_total - coalesce(m.exempt, 0), 0)),
                   avg(m.opinion_count),
                   avg(m.duration_minutes),
                   count(*) filter (where m.kind = 'THEMATIC'),
                   count(distinct m.branch_id)
            from meetings m
            join organizations o on o.id = m.branch_id
            where m.held and m.started_at >= :fromTs and m.started_at < :toTs
              and o.path like :scope || '%' and o.path like :own || '%'
            group by 1
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Access access;
    private final MeetingService meetings;
    private final ResolutionService resolutions;
    private final EntityManager em;

    public EvaluationService(Access access, MeetingService meetings, ResolutionService resolutions,
            EntityManager em) {
        this.access = access;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.em = em;
    }

    /** One target's verdict on a meeting, as {@code /meetings/{id}/evaluation} lists it. */
    public record Item(UUID targetId, UUID resolutionId, String resolutionNumber, Metric metric, BigDecimal required,
            BigDecimal actual, boolean passed, String reason) {
    }

    /** One target over a subtree and period. */
    public record ComplianceItem(UUID targetId, Metric metric, long meetingsEvaluated, long meetingsPassed,
            long branchesEvaluated, long branchesPassing, BigDecimal passRate) {
    }

    public record Compliance(UUID resolutionId, UUID organizationId, LocalDate from, LocalDate to,
            List<ComplianceItem> items) {
    }

    public record EffectItem(Metric metric, BigDecimal before, BigDecimal after, BigDecimal change,
            long meetingsBefore, long meetingsAfter) {
    }

    public record Effect(UUID resolutionId, LocalDate issuedOn, int months, LocalDate beforeFrom,
            LocalDate afterTo, List<EffectItem> items) {
    }

    /** The meeting against every target in force for its branch on its local date; empty for a meeting not held. */
    public List<Item> meeting(UUID id, java.util.Locale locale) {
        meetings.requireReadable(id);
        List<?> rows = em.createNativeQuery(MEETING_EVALUATION).setParameter("id", id).getResultList();
        List<Item> items = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Metric metric = Metric.valueOf((String) r[3]);
            TargetRules.Spec spec = new TargetRules.Spec((UUID) r[0], metric, Comparison.valueOf((String) r[4]),
                    (BigDecimal) r[5], tiers((String) r[6]), r[7] == null ? null : MeetingKind.valueOf((String) r[7]),
                    (String) r[8], (BigDecimal) r[9]);
            TargetRules.MeetingFacts facts = new TargetRules.MeetingFacts(MeetingKind.valueOf((String) r[10]),
                    (String) r[11], integer(r[12]), integer(r[13]), integer(r[14]), (Integer) r[15], (Integer) r[16],
                    (Boolean) r[20]);
            BigDecimal required = TargetRules.plain((BigDecimal) r[17]);
            BigDecimal actual = r[18] == null ? null : TargetRules.plain((BigDecimal) r[18]);
            boolean passed = (Boolean) r[19];
            TargetRules.Evaluation evaluation = TargetRules.explain(spec, facts, required, actual, passed);
            items.add(new Item(spec.id(), (UUID) r[1], (String) r[2], metric, required, actual, passed,
                    evaluation.reason(locale)));
        }
        return items;
    }

    /**
     * The resolution's targets over the meetings of its scope (within {@code organizationId}'s subtree when given, and
     * always within the caller's reach) held on local dates [from, to] inside its effective period.
     */
    public Compliance compliance(UUID id, String fromParam, String toParam, String organizationParam) {
        Resolution resolution = resolutions.readable(id);
        UUID organizationId = Params.uuid("organizationId", organizationParam);
        String within = "";
        if (organizationId != null) {
            Organization organization = Organization.findById(organizationId);
            if (organization == null) {
                throw new NotFound("resource.organization", organizationId);
            }
            access.requireSeeAnchoredAt(organization);
            within = organization.path;
        }
        LocalDate from = Params.date("from", fromParam);
        LocalDate to = Params.date("to", toParam);
        LocalDate today = Time.now().atZoneSameInstant(Time.LOCAL).toLocalDate();
        if (from == null || from.isBefore(resolution.effectiveFrom)) {
            from = resolution.effectiveFrom;
        }
        if (to == null) {
            to = resolution.effectiveTo == null || resolution.effectiveTo.isAfter(today) ? today
                    : resolution.effectiveTo;
        } else if (resolution.effectiveTo != null && to.isAfter(resolution.effectiveTo)) {
            to = resolution.effectiveTo;
        }
        List<?> rows = em.createNativeQuery(COMPLIANCE)
                .setParameter("resolution", id)
                .setParameter("fromTs", start(from))
                .setParameter("toTs", start(to.plusDays(1)))
                .setParameter("within", within)
                .setParameter("own", own())
                .getResultList();
        List<ComplianceItem> items = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long evaluated = number(r[2]);
            long passed = number(r[3]);
            BigDecimal rate = evaluated == 0 ? BigDecimal.ZERO
                    : TargetRules.plain(BigDecimal.valueOf(passed).multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(evaluated), 1, RoundingMode.HALF_UP));
            items.add(new ComplianceItem((UUID) r[0], Metric.valueOf((String) r[1]), evaluated, passed, number(r[4]),
                    number(r[5]), rate));
        }
        return new Compliance(id, organizationId, from, to, items);
    }

    /**
     * Averages over the held meetings of the resolution's scope (within the caller's reach) in the {@code months}
     * before the issue date and the {@code months} from it: attendance rate, opinions, minutes, and thematic meetings
     * per branch per quarter (thematic meetings ÷ branches with a held meeting in the window ÷ months/3).
     */
    public Effect effect(UUID id, String monthsParam) {
        Resolution resolution = resolutions.readable(id);
        int months = Params.integer("months", monthsParam, 6, 1, 60);
        Organization scope = Organization.findById(resolution.scopeOrganizationId);
        LocalDate issued = resolution.issuedOn;
        LocalDate beforeFrom = issued.minusMonths(months);
        LocalDate afterTo = issued.plusMonths(months);
        List<?> rows = em.createNativeQuery(EFFECT)
                .setParameter("issuedTs", start(issued))
                .setParameter("fromTs", start(beforeFrom))
                .setParameter("toTs", start(afterTo))
                .setParameter("scope", scope.path)
                .setParameter("own", own())
                .getResultList();
        Object[] before = null;
        Object[] after = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if ("before".equals(r[0])) {
                before = r;
            } else {
                after = r;
            }
        }
        BigDecimal quarters = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(3), 6, RoundingMode.HALF_UP);
        List<EffectItem> items = new ArrayList<>();
        items.add(effectItem(Metric.ATTENDANCE_RATE, before, after, 2));
        items.add(effectItem(Metric.OPINION_COUNT, before, after, 3));
        items.add(effectItem(Metric.DURATION_MINUTES, before, after, 4));
        BigDecimal thematicBefore = perBranchQuarter(before, quarters);
        BigDecimal thematicAfter = perBranchQuarter(after, quarters);
        items.add(new EffectItem(Metric.THEMATIC_PER_QUARTER, thematicBefore, thematicAfter,
                change(thematicBefore, thematicAfter), count(before), count(after)));
        return new Effect(id, issued, months, beforeFrom, afterTo.minusDays(1), items);
    }

    private static EffectItem effectItem(Metric metric, Object[] before, Object[] after, int column) {
        BigDecimal b = average(before, column);
        BigDecimal a = average(after, column);
        return new EffectItem(metric, b, a, change(b, a), count(before), count(after));
    }

    private static BigDecimal average(Object[] row, int column) {
        if (row == null || row[column] == null) {
            return null;
        }
        return TargetRules.plain(((BigDecimal) row[column]).setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal perBranchQuarter(Object[] row, BigDecimal quarters) {
        if (row == null || number(row[6]) == 0) {
            return null;
        }
        return TargetRules.plain(BigDecimal.valueOf(number(row[5]))
                .divide(BigDecimal.valueOf(number(row[6])).multiply(quarters), 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal change(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? null : TargetRules.plain(after.subtract(before));
    }

    private static long count(Object[] row) {
        return row == null ? 0 : number(row[1]);
    }

    private String own() {
        String prefix = access.readPrefix();
        return prefix == null ? "" : prefix;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Time.LOCAL).toOffsetDateTime();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static List<TargetRules.Tier> tiers(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<List<TargetRules.Tier>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("unreadable tiers: " + json, e);
        }
    }
}
