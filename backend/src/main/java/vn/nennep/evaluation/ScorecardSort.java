package vn.nennep.evaluation;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;

/**
 * How the scorecard sorts: each column of a row as the final select of {@code scorecard.sql} sorts it, the API's name
 * then the SQL. A band sorts by quality (POOR, AVERAGE, FAIR, GOOD ascending); rows without a value (no meeting,
 * nothing scored) come last either way; ties are broken by branch name, commune name and id.
 */
public final class ScorecardSort {

    private static final Map<String, String> ORDER = Map.ofEntries(
            Map.entry("branchName", "b.name"),
            Map.entry("communeName", "b.commune_name"),
            Map.entry("meetingsHeld", "coalesce(h.meetings, 0)"),
            Map.entry("thematicHeld", "coalesce(h.thematic, 0)"),
            Map.entry("averageAttendanceRate", "h.attendance"),
            Map.entry("averageOpinions", "h.opinions"),
            Map.entry("averageDurationMinutes", "h.duration"),
            Map.entry("targetsPassed", "coalesce(v.passed, 0)"),
            Map.entry("targetsFailed", "coalesce(v.failed, 0)"),
            Map.entry("band", "case bd.score_band when 'POOR' then 1 when 'AVERAGE' then 2 when 'FAIR' then 3"
                    + " when 'GOOD' then 4 end"));
    private static final String TIE_BREAK = "b.name, b.commune_name, b.id";
    private static final Map<String, String> SORTABLE = ORDER.keySet().stream()
            .collect(Collectors.toMap(Function.identity(), Function.identity()));

    private ScorecardSort() {
    }

    /** The page asked for, sorted by the API's column names (default branch name); a 400 naming a bad one. */
    public static PageQuery page(ListParams paging) {
        return PageQuery.parse(paging, SORTABLE, "branchName,asc");
    }

    /** The {@code order by} list of {@code page}'s sort, from the columns above only, then the tie break. */
    static String orderBy(PageQuery page) {
        StringBuilder order = new StringBuilder();
        for (Sort.Column column : page.sort().getColumns()) {
            String sql = ORDER.get(column.getName());
            if (sql != null) {
                order.append(sql).append(column.getDirection() == Sort.Direction.Descending ? " desc" : " asc")
                        .append(" nulls last, ");
            }
        }
        return order + TIE_BREAK;
    }
}
