package vn.nennep.common;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;

/**
 * A parsed page request. Sort fields are the API's names, mapped to entity properties through a whitelist; the
 * entity id always breaks ties so that paging is stable.
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PageQuery parse(ListParams params, Map<String, String> sortable, String defaultSort) {
        int page = Params.integer("page", params.page, 0, 0, Integer.MAX_VALUE);
        int size = Params.integer("size", params.size, DEFAULT_SIZE, 1, MAX_SIZE);
        List<String> clauses = params.sort == null || params.sort.isEmpty() ? List.of(defaultSort) : params.sort;
        Sort sort = null;
        for (String clause : clauses) {
            String[] parts = clause.split(",", -1);
            String field = parts[0].trim();
            String property = sortable.get(field);
            if (property == null || parts.length > 2) {
                throw new BadParameter("sort", "error.sort.field", field, String.join(", ", new java.util.TreeSet<>(sortable.keySet())));
            }
            Sort.Direction direction = Sort.Direction.Ascending;
            if (parts.length == 2) {
                String dir = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
                if (dir.equals("desc")) {
                    direction = Sort.Direction.Descending;
                } else if (!dir.equals("asc")) {
                    throw new BadParameter("sort", "error.sort.direction", parts[1]);
                }
            }
            sort = sort == null ? Sort.by(property, direction) : sort.and(property, direction);
        }
        return new PageQuery(page, size, sort.and("id"));
    }

    /** Page and size only, for a list in one fixed order (a history is newest first); {@code sort} is null. */
    public static PageQuery unsorted(ListParams params) {
        return new PageQuery(Params.integer("page", params.page, 0, 0, Integer.MAX_VALUE),
                Params.integer("size", params.size, DEFAULT_SIZE, 1, MAX_SIZE), null);
    }

    /** The index of the page's first item. */
    public long first() {
        return (long) page * size;
    }

    public Page panachePage() {
        return Page.of(page, size);
    }
}
