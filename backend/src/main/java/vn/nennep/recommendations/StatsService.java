package vn.nennep.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.BadParameter;
import vn.nennep.common.Time;
import vn.nennep.organizations.Organization;
import vn.nennep.recommendations.StatsQuery.GroupBy;
import vn.nennep.zones.Zone;

/**
 * Statistics of recommendations in one SQL statement: counts by field, by month (with the busiest and the quietest
 * month among those with any) or by addressee; how many were answered; the median days from the briefing to the first
 * written answer (percentile_cont over the answered ones); the re-answer rate (of the recommendations whose answer was
 * judged at least once, the share sent back at least once, in percent); how many are overdue today. Only what the
 * caller sees (raised in or addressed to its subtree), within {@code organizationId}'s subtree the same way.
 */
@ApplicationScoped
public class StatsService {

    private static final String SQL = """
            with rec as (
                select r.id, r.field, f.position, {fieldName} as field_name, r.addressee_id, ao.name as addressee_name,
                       r.status, r.due_on, r.reanswer_count, b.month, b.held_on,
                       (select min(e.at) from recommendation_entries e
                        where e.recommendation_id = r.id and e.type = 'ANSWERED') as first_answer,
                       exists (select 1 from recommendation_entries e where e.recommendation_id = r.id
                               and e.type in ('ACCEPTED', 'REANSWER_REQUESTED')) as reviewed
                from recommendations r
                join briefings b on b.id = r.briefing_id
                join recommendation_fields f on f.code = r.field
                join organizations ro on ro.id = r.raised_by_id
                join organizations ao on ao.id = r.addressee_id
                where {conditions}
            ),
            measured as (
                select {key} as key, {label} as label, rec.position, rec.first_answer, rec.reviewed,
                       rec.reanswer_count > 0 as reanswered,
                       (rec.first_answer at time zone 'Asia/Ho_Chi_Minh')::date - rec.held_on as days,
                       rec.status in ('RAISED', 'FORWARDED', 'REANSWER_REQUESTED') and rec.due_on < :today as overdue
                from rec
            ),
            grouped as (
                select key, label, min(position) as position, grouping(key, label) as total_row, count(*) as n,
                       count(first_answer) as answered, count(*) filter (where overdue) as overdue,
                       round(cast(percentile_cont(0.5) within group (order by days) as numeric), 1) as median,
                       round(100.0 * count(*) filter (where reanswered and reviewed)
                             / nullif(count(*) filter (where reviewed), 0), 1) as reanswer_rate
                from measured
                group by grouping sets ((key, label), ())
            ),
            months as (select to_char(month, 'YYYY-MM') as month, count(*) as n from rec group by month)
            select key, label, total_row, n, answered, overdue, median, reanswer_rate,
                   (select month from months order by n desc, month limit 1) as busiest,
                   (select n from months order by n desc, month limit 1) as busiest_n,
                   (select month from months order by n, month limit 1) as quietest,
                   (select n from months order by n, month limit 1) as quietest_n
            from grouped
            order by total_row desc, {order}
            """;

    private final Access access;
    private final EntityManager em;

    public StatsService(Access access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    /** The statistics; a field's label in the caller's {@code locale} (the fields have a name in each language). */
    public StatsResponse stats(StatsQuery asked, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        LocalDate from = asked.from();
        LocalDate to = asked.to();
        UUID organizationId = asked.organizationId();
        UUID zoneId = asked.zoneId();
        GroupBy groupBy = asked.groupBy();
        String callerPath = access.readPrefix();
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> values = new HashMap<>();
        condition(conditions, values, "b.held_on >= :from", "from", from);
        condition(conditions, values, "b.held_on <= :to", "to", to);
        condition(conditions, values, "b.zone_id = :zone", "zone", zoneId);
        condition(conditions, values, "(ro.path like :caller || '%' or ao.path like :caller || '%')", "caller",
                callerPath);
        if (organizationId != null) {
            Organization org = Organization.findById(organizationId);
            condition(conditions, values, "(ro.path like :within || '%' or ao.path like :within || '%')", "within",
                    org == null ? "/-/" : org.path);
        }
        if (zoneId != null && Zone.findById(zoneId) == null) {
            throw new BadParameter("zoneId", "recommendation.stats.zone.notFound", zoneId);
        }
        String sql = SQL.replace("{conditions}", String.join(" and ", conditions))
                .replace("{key}", key(groupBy)).replace("{label}", label(groupBy))
                .replace("{fieldName}", english ? "coalesce(f.name_en, f.name)" : "f.name")
                .replace("{order}", switch (groupBy) {
                    case FIELD -> "position";
                    case MONTH -> "key";
                    case ADDRESSEE -> "n desc, label, key";
                });
        Query query = em.createNativeQuery(sql);
        values.forEach(query::setParameter);
        query.setParameter("today", LocalDate.now(Time.LOCAL));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Object[] total = rows.isEmpty() ? null : rows.get(0);
        Map<String, StatsResponse.Group> groups = new LinkedHashMap<>();
        if (groupBy == GroupBy.FIELD) {
            // Every field, the empty ones included, in seed 002's order.
            for (FieldSetting f : FieldSetting.<FieldSetting>list("order by position")) {
                groups.put(f.code, new StatsResponse.Group(f.code, english && f.nameEn != null ? f.nameEn : f.name,
                        0, 0, 0, null, null));
            }
        }
        for (Object[] row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            groups.put((String) row[0], new StatsResponse.Group((String) row[0], (String) row[1], count(row[3]),
                    count(row[4]), count(row[5]), decimal(row[6]), decimal(row[7])));
        }
        return new StatsResponse(from, to, organizationId, zoneId, groupBy.parameterValue(),
                total == null ? 0 : count(total[3]), total == null ? 0 : count(total[4]),
                total == null ? 0 : count(total[5]), total == null ? null : decimal(total[6]),
                total == null ? null : decimal(total[7]),
                total == null || total[8] == null ? null : new StatsResponse.MonthCount((String) total[8], count(total[9])),
                total == null || total[10] == null ? null
                        : new StatsResponse.MonthCount((String) total[10], count(total[11])),
                List.copyOf(groups.values()));
    }

    /** The group's key as SQL over {@code rec}. */
    private static String key(GroupBy groupBy) {
        return switch (groupBy) {
            case FIELD -> "rec.field";
            case MONTH -> "to_char(rec.month, 'YYYY-MM')";
            case ADDRESSEE -> "cast(rec.addressee_id as text)";
        };
    }

    /** The group's label as SQL over {@code rec}. */
    private static String label(GroupBy groupBy) {
        return switch (groupBy) {
            case FIELD -> "rec.field_name";
            case MONTH -> "to_char(rec.month, 'YYYY-MM')";
            case ADDRESSEE -> "rec.addressee_name";
        };
    }

    private static void condition(List<String> conditions, Map<String, Object> values, String sql, String name,
            Object value) {
        if (value != null) {
            conditions.add(sql);
            values.put(name, value);
        }
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
