package vn.nennep.resolutions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGStatement;
import vn.nennep.auth.Access;
import vn.nennep.common.NotFound;
import vn.nennep.common.Params;
import vn.nennep.common.ReportQueries;
import vn.nennep.common.Time;
import vn.nennep.meetings.MeetingKind;
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
     * Given {@code kinds} (meeting kind and theme pairs), {@code sizes} ({@code size_key}: members on the roll, -1 when
     * unknown) and {@code res} (candidate resolutions), {@code rules}: per resolution, kind and theme, and roll size, the
     * most specific target of each metric and its requirement (see {@link #VERDICTS}).
     */
    static final String TARGET_RULES = """
            candidates as (
                select k.kind || coalesce('/' || k.theme, '') as kind_key, t.id as target_id, t.resolution_id,
                       t.metric, t.comparator, t.threshold, t.tiers, t.meeting_kind, t.theme as target_theme,
                       t.combined_threshold, t.created_at as target_created,
                       case when t.theme is not null then 2
                            when t.meeting_kind is not null then 1 else 0 end as specificity
                from kinds k
                cross join res r
                join targets t on t.resolution_id = r.id
                where t.metric in {evaluated}
                  and (t.meeting_kind is null or t.meeting_kind = k.kind)
                  and (t.theme is null
                       or k.theme is not null and strpos(nennep_fold(k.theme), nennep_fold(t.theme)) > 0)
            ),
            chosen as (
                select distinct on (kind_key, resolution_id, metric) *
                from candidates
                order by kind_key, resolution_id, metric, specificity desc, target_created, target_id
            ),
            needs as (
                select c.*, s.size_key,
                       case when c.tiers is null then c.threshold
                            else (select x.threshold
                                  from jsonb_to_recordset(c.tiers)
                                       as x("minMembers" int, "maxMembers" int, threshold numeric)
                                  where s.size_key >= x."minMembers"
                                    and (x."maxMembers" is null or s.size_key < x."maxMembers")
                                  order by x."minMembers" limit 1) end as need
                from chosen c
                cross join sizes s
            ),
            rules as materialized (
                select resolution_id, kind_key, size_key,
                       (array_agg(target_id) filter (where metric = 'ATTENDANCE_RATE'))[1] as a_target,
                       (array_agg(comparator) filter (where metric = 'ATTENDANCE_RATE'))[1] as a_cmp,
                       (array_agg(need) filter (where metric = 'ATTENDANCE_RATE'))[1] as a_need,
                       (array_agg(target_id) filter (where metric = 'OPINION_COUNT'))[1] as o_target,
                       (array_agg(comparator) filter (where metric = 'OPINION_COUNT'))[1] as o_cmp,
                       (array_agg(need) filter (where metric = 'OPINION_COUNT'))[1] as o_need,
                       (array_agg(target_id) filter (where metric = 'DURATION_MINUTES'))[1] as d_target,
                       (array_agg(comparator) filter (where metric = 'DURATION_MINUTES'))[1] as d_cmp,
                       (array_agg(need) filter (where metric = 'DURATION_MINUTES'))[1] as d_need,
                       (array_agg(combined_threshold) filter (where metric = 'DURATION_MINUTES'))[1] as d_combined,
                       (array_agg(target_id) filter (where metric = 'THEMATIC_PER_QUARTER'))[1] as q_target,
                       (array_agg(comparator) filter (where metric = 'THEMATIC_PER_QUARTER'))[1] as q_cmp,
                       (array_agg(need) filter (where metric = 'THEMATIC_PER_QUARTER'))[1] as q_need
                from needs
                group by resolution_id, kind_key, size_key
            )
            """.replace("{evaluated}", EVALUATED);

    /**
     * Given {@code ms} (held meetings: {@code id}, {@code branch_id}, {@code kind}, {@code theme}, the counts,
     * {@code combined}, {@code local_day} and {@code thematic_so_far}, the branch's thematic meetings in
     * that local quarter up to this one), {@code res} (candidate resolutions with {@code scope_path}) and {@code kinds}
     * (meeting kind and theme pairs, at least those of {@code ms}; more only cost a little), one row per meeting,
     * resolution and metric: the most specific target (theme 2 > meeting kind 1 > all 0; on a tie the oldest), the
     * requirement (the tier holding the members on the roll, half-open; for DURATION_MINUTES of a {@code combined}
     * meeting the target's combined threshold when it has one), the actual figure and whether it passes. Also defines
     * {@code reach}: each branch of {@code ms} with the resolutions whose scope holds it.
     *
     * <p>Fast over a province (bench/README.md): the target choice and the tier lookup depend only on the kind and
     * theme and the members on the roll, so they are made once per pair and per roll size ({@code chosen},
     * {@code rules}) and joined to the meetings by equality, instead of per meeting; the scope test is made once per
     * branch ({@code reach}). Callers take {@code kinds} from the meetings table rather than from {@code ms}, so that
     * the planner knows it is small.
     */
    public static final String VERDICTS = """
            sizes as (
                select distinct coalesce(members_total, -1) as size_key from ms
            ),
            {rules},
            reach as materialized (
                select b.id as branch_id, r.id as resolution_id, r.effective_from, r.effective_to
                from organizations b
                join res r on b.path like r.scope_path || '%'
                where b.id in (select branch_id from ms)
            ),
            judged as not materialized (
                select q.*,
                       coalesce(q.a_target is not null and q.a_need is not null and q.must_attend > 0, false)
                           as a_judged,
                       case q.a_cmp when 'GTE' then q.present * 100.0 >= q.a_need * q.must_attend
                                    else q.present * 100.0 <= q.a_need * q.must_attend end as a_passed,
                       q.o_target is not null and q.o_need is not null as o_judged,
                       coalesce(case q.o_cmp when 'GTE' then q.opinion_count >= q.o_need
                                             else q.opinion_count <= q.o_need end, false) as o_passed,
                       q.d_target is not null and q.d_need is not null as d_judged,
                       coalesce(case q.d_cmp when 'GTE' then q.duration_minutes >= q.d_need
                                             else q.duration_minutes <= q.d_need end, false) as d_passed,
                       q.q_target is not null and q.q_need is not null as q_judged,
                       coalesce(case q.q_cmp when 'GTE' then q.thematic_so_far >= q.q_need
                                             else q.thematic_so_far <= q.q_need end, false) as q_passed
                from (
                    select ms.id, ms.branch_id, ms.kind, ms.theme, ms.members_total, ms.exempt, ms.present,
                           ms.opinion_count, ms.duration_minutes, ms.combined, ms.thematic_so_far, r.resolution_id,
                           ms.members_total - coalesce(ms.exempt, 0) as must_attend,
                           c.a_target, c.a_cmp, c.a_need, c.o_target, c.o_cmp, c.o_need, c.d_target, c.d_cmp,
                           case when ms.combined and c.d_combined is not null then c.d_combined
                                else c.d_need end as d_need,
                           c.q_target, c.q_cmp, c.q_need
                    from ms
                    join reach r on r.branch_id = ms.branch_id
                                and ms.local_day >= r.effective_from
                                and (r.effective_to is null or ms.local_day <= r.effective_to)
                    join rules c on c.resolution_id = r.resolution_id
                                and c.kind_key = ms.kind || coalesce('/' || ms.theme, '')
                                and c.size_key = coalesce(ms.members_total, -1)
                ) q
            ),
            verdicts as (
                select j.id, j.branch_id, j.kind, j.theme, j.members_total, j.exempt, j.present, j.opinion_count,
                       j.duration_minutes, j.combined, j.resolution_id, v.metric, v.target_id, v.comparator, v.need,
                       v.actual, v.passed
                from judged j
                cross join lateral (values
                    ('ATTENDANCE_RATE', j.a_judged, j.a_target, j.a_cmp, j.a_need,
                     round(j.present * 100.0 / nullif(j.must_attend, 0), 2), j.a_passed),
                    ('OPINION_COUNT', j.o_judged, j.o_target, j.o_cmp, j.o_need, j.opinion_count::numeric,
                     j.o_passed),
                    ('DURATION_MINUTES', j.d_judged, j.d_target, j.d_cmp, j.d_need, j.duration_minutes::numeric,
                     j.d_passed),
                    ('THEMATIC_PER_QUARTER', j.q_judged, j.q_target, j.q_cmp, j.q_need, j.thematic_so_far::numeric,
                     j.q_passed))
                    as v(metric, judged, target_id, comparator, need, actual, passed)
                where v.judged
            )
            """.replace("{evaluated}", EVALUATED).replace("{rules}", TARGET_RULES.strip());

    private static final String MEETING_EVALUATION = """
            with ms as (
                select m.id, m.branch_id, m.kind, m.theme, m.members_total, m.exempt, m.present, m.opinion_count,
                       m.duration_minutes, m.combined, d.local_day,
                       (select count(*) from meetings q
                        where q.branch_id = m.branch_id and q.held and q.kind = 'THEMATIC'
                          and q.started_at >= date_trunc('quarter', d.local_day::timestamp)
                                              at time zone 'Asia/Ho_Chi_Minh'
                          and q.started_at <= m.started_at) as thematic_so_far
                from meetings m
                cross join lateral (select (m.started_at at time zone 'Asia/Ho_Chi_Minh')::date as local_day) d
                where m.id = :id and m.held and m.started_at is not null
            ),
            res as (
                select r.id, r.effective_from, r.effective_to, s.path as scope_path
                from resolutions r join organizations s on s.id = r.scope_organization_id
            ),
            kinds as (
                select kind, theme from ms
            ),
            {verdicts}
            select v.target_id, v.resolution_id, r.number, v.metric, v.comparator, t.threshold, t.tiers::text,
                   t.meeting_kind, t.theme, t.combined_threshold,
                   v.kind, v.theme, v.members_total, coalesce(v.exempt, 0), v.present, v.opinion_count,
                   v.duration_minutes, v.need, v.actual, v.passed, v.combined
            from verdicts v
            join resolutions r on r.id = v.resolution_id
            join targets t on t.id = v.target_id
            order by r.issued_on, r.number, case v.metric when 'ATTENDANCE_RATE' then 1 when 'OPINION_COUNT' then 2
                     when 'DURATION_MINUTES' then 3 else 4 end
            """.replace("{verdicts}", VERDICTS);

    /** {@link #MEETING_EVALUATION} with its one parameter as JDBC's {@code ?}. */
    private static final String MEETING_EVALUATION_JDBC = MEETING_EVALUATION.replace(":id", "?");

    /**
     * Per non-INDICATOR target of the resolution: meetings (for THEMATIC_PER_QUARTER: branch-quarters with any held
     * meeting) evaluated and passed, branches evaluated and passing (every evaluated meeting or quarter passed). The
     * period is already inside the resolution's effective one.
     *
     * <p>The same verdicts as {@link #VERDICTS}, made cheaper for a province's year (bench/README.md): what a meeting
     * must reach depends only on its shape (kind, theme, members on the roll, exempt, combined), so each shape's bars are
     * worked out once, in whole numbers ({@code bars}: attendance as the fewest (GTE) or most (LTE) members present,
     * e.g. 85 % of 19 members is 17, since 16 × 100 &lt; 85 × 19 ≤ 17 × 100), and each meeting is compared with its
     * shape's bars in integers. {@code bars} is materialized so that its arithmetic stays per shape instead of being
     * copied into the per-meeting join.
     */
    private static final String COMPLIANCE = """
            with res as (
                select r.id, r.effective_from, r.effective_to, s.path as scope_path
                from resolutions r join organizations s on s.id = r.scope_organization_id
                where r.id = :resolution
            ),
            reach as materialized (
                select b.id as branch_id
                from organizations b
                where b.type = 'BRANCH' and b.path like :scope || '%' and b.path like :within || '%'
                  and b.path like :own || '%'
            ),
            shapes as materialized (
                select distinct kind, theme, coalesce(members_total, -1) as size_key,
                       coalesce(exempt, 0) as exempt_key, coalesce(combined, false) as combined
                from meetings
                where held and started_at >= :fromTs and started_at < :toTs
            ),
            kinds as (
                select distinct kind, theme from shapes
            ),
            sizes as (
                select distinct size_key from shapes
            ),
            {rules},
            bars as materialized (
                select h.kind, coalesce(h.theme, '') as theme_key, h.size_key, h.exempt_key, h.combined,
                       c.a_target, c.o_target, c.d_target,
                       case when c.a_target is null or c.a_need is null or h.size_key - h.exempt_key <= 0 then null
                            when c.a_cmp = 'GTE' then ceil(c.a_need * (h.size_key - h.exempt_key) / 100.0)::int
                            else floor(c.a_need * (h.size_key - h.exempt_key) / 100.0)::int end as a_bar,
                       c.a_cmp = 'GTE' as a_min,
                       case when c.o_target is null or c.o_need is null then null
                            when c.o_cmp = 'GTE' then ceil(c.o_need)::int else floor(c.o_need)::int end as o_bar,
                       c.o_cmp = 'GTE' as o_min,
                       case when c.d_target is null or d.need is null then null
                            when c.d_cmp = 'GTE' then ceil(d.need)::int else floor(d.need)::int end as d_bar,
                       c.d_cmp = 'GTE' as d_min
                from shapes h
                join rules c on c.kind_key = h.kind || coalesce('/' || h.theme, '') and c.size_key = h.size_key
                cross join lateral (select case when h.combined and c.d_combined is not null then c.d_combined
                                                else c.d_need end as need) d
            ),
            states as (
                select m.branch_id, c.a_target, c.o_target, c.d_target,
                       case when c.a_bar is null then 0
                            when case when c.a_min then m.present >= c.a_bar else m.present <= c.a_bar end then 1
                            when case when c.a_min then m.present < c.a_bar else m.present > c.a_bar end then 2
                            else 3 end as a_s,
                       case when c.o_bar is null then 0
                            when coalesce(case when c.o_min then m.opinion_count >= c.o_bar
                                               else m.opinion_count <= c.o_bar end, false) then 1
                            else 2 end as o_s,
                       case when c.d_bar is null then 0
                            when coalesce(case when c.d_min then m.duration_minutes >= c.d_bar
                                               else m.duration_minutes <= c.d_bar end, false) then 1
                            else 2 end as d_s
                from meetings m
                join reach b on b.branch_id = m.branch_id
                join bars c on c.kind = m.kind and c.theme_key = coalesce(m.theme, '')
                           and c.size_key = coalesce(m.members_total, -1) and c.exempt_key = coalesce(m.exempt, 0)
                           and c.combined = coalesce(m.combined, false)
                where m.held and m.started_at >= :fromTs and m.started_at < :toTs
                offset 0
            ),
            per_branch as (
                select branch_id, a_target, o_target, d_target,
                       count(*) filter (where a_s > 0) as a_n, count(*) filter (where a_s = 1) as a_ok,
                       count(*) filter (where a_s = 2) as a_bad,
                       count(*) filter (where o_s > 0) as o_n, count(*) filter (where o_s = 1) as o_ok,
                       count(*) filter (where o_s = 2) as o_bad,
                       count(*) filter (where d_s > 0) as d_n, count(*) filter (where d_s = 1) as d_ok,
                       count(*) filter (where d_s = 2) as d_bad
                from states
                group by branch_id, a_target, o_target, d_target
            ),
            units as (
                select u.target_id, p.branch_id, u.n, u.ok, u.bad
                from per_branch p
                cross join lateral (values (p.a_target, p.a_n, p.a_ok, p.a_bad), (p.o_target, p.o_n, p.o_ok, p.o_bad),
                                           (p.d_target, p.d_n, p.d_ok, p.d_bad)) as u(target_id, n, ok, bad)
                where u.n > 0
                union all
                select t.id, bq.branch_id, 1,
                       case when (case t.comparator when 'GTE' then bq.thematic >= t.threshold
                                  else bq.thematic <= t.threshold end) then 1 else 0 end,
                       case when not (case t.comparator when 'GTE' then bq.thematic >= t.threshold
                                      else bq.thematic <= t.threshold end) then 1 else 0 end
                from targets t
                cross join (select m.branch_id,
                                   date_trunc('quarter', m.started_at at time zone 'Asia/Ho_Chi_Minh') as quarter,
                                   count(*) filter (where m.kind = 'THEMATIC') as thematic
                            from meetings m
                            join reach b on b.branch_id = m.branch_id
                            where m.held and m.started_at >= :fromTs and m.started_at < :toTs
                            group by 1, 2) bq
                where t.resolution_id = :resolution and t.metric = 'THEMATIC_PER_QUARTER'
            ),
            branches as (
                select target_id, branch_id, sum(n) as evaluated, sum(ok) as passed, sum(bad) as failed
                from units group by target_id, branch_id
            ),
            counts as (
                select target_id, sum(evaluated) as evaluated, sum(passed) as passed, count(*) as branches,
                       count(*) filter (where failed = 0 and passed > 0) as passing
                from branches group by target_id
            )
            select t.id, t.metric, coalesce(u.evaluated, 0), coalesce(u.passed, 0), coalesce(u.branches, 0),
                   coalesce(u.passing, 0), t.title
            from targets t
            left join counts u on u.target_id = t.id
            where t.resolution_id = :resolution and t.metric in {evaluated}
            order by t.created_at, t.id
            """.replace("{rules}", TARGET_RULES.strip()).replace("{evaluated}", EVALUATED);

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

    /**
     * One target over a subtree and period; its title too, so that a CSV export reads without the targets' list. Two
     * rates, each with one definition: {@code passRate} = meetingsPassed ÷ meetingsEvaluated × 100 (the share of
     * meetings, or for THEMATIC_PER_QUARTER of branch-quarters; 0 when none), {@code branchPassRate} =
     * branchesPassing ÷ branchesEvaluated × 100 (the share of branches; null when none). "55/68 chi bộ đạt" is 80.9 %
     * of branches, whatever share of the meetings passed.
     */
    public record ComplianceItem(UUID targetId, String targetTitle, Metric metric, long meetingsEvaluated,
            long meetingsPassed, long branchesEvaluated, long branchesPassing, BigDecimal passRate,
            BigDecimal branchPassRate) {
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

    /**
     * The meeting against every target in force for its branch on its local date; empty for a meeting not held.
     *
     * <p>Planning {@link #MEETING_EVALUATION} (a chain of CTEs) costs several times what running it costs for one
     * meeting, so the statement is prepared on the server at its first use on a connection and planned once there,
     * generically ({@code plan_cache_mode = force_generic_plan}): every plan is index lookups of one meeting, its
     * branch and the resolutions' targets, whatever the meeting (measured by bench/run).
     */
    @Transactional
    public List<Item> meeting(UUID id, java.util.Locale locale) {
        meetings.requireReadable(id);
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_generic_plan', true)").getSingleResult();
        List<Object[]> rows = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MEETING_EVALUATION_JDBC)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(1);
                statement.setObject(1, id);
                List<Object[]> result = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        result.add(row);
                    }
                }
                return result;
            }
        });
        List<Item> items = new ArrayList<>();
        for (Object[] r : rows) {
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
    @Transactional
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
        ReportQueries.prepareWithoutNestedLoops(em);
        List<?> rows = em.createNativeQuery(COMPLIANCE)
                .setParameter("resolution", id)
                .setParameter("scope", Organization.<Organization>findById(resolution.scopeOrganizationId).path)
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
            long branches = number(r[4]);
            long passing = number(r[5]);
            BigDecimal rate = evaluated == 0 ? BigDecimal.ZERO : percent(passed, evaluated);
            items.add(new ComplianceItem((UUID) r[0], (String) r[6], Metric.valueOf((String) r[1]), evaluated, passed,
                    branches, passing, rate, branches == 0 ? null : percent(passing, branches)));
        }
        return new Compliance(id, organizationId, from, to, items);
    }

    /**
     * Averages over the held meetings of the resolution's scope (within the caller's reach) in the {@code months}
     * before the issue date and the {@code months} from it: attendance rate, opinions, minutes, and thematic meetings
     * per branch per quarter (thematic meetings ÷ branches with a held meeting in the window ÷ months/3).
     */
    @Transactional
    public Effect effect(UUID id, String monthsParam) {
        Resolution resolution = resolutions.readable(id);
        int months = Params.integer("months", monthsParam, 6, 1, 60);
        Organization scope = Organization.findById(resolution.scopeOrganizationId);
        LocalDate issued = resolution.issuedOn;
        LocalDate beforeFrom = issued.minusMonths(months);
        LocalDate afterTo = issued.plusMonths(months);
        ReportQueries.prepare(em);
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

    /** {@code part} ÷ {@code whole} × 100, one decimal (half up), without trailing zeros: 55 of 68 is 80.9. */
    static BigDecimal percent(long part, long whole) {
        return TargetRules.plain(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
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
