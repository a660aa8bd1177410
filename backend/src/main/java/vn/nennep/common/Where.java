package vn.nennep.common;

import io.quarkus.panache.common.Parameters;
import java.time.OffsetDateTime;

/**
 * The where-clause of a list query, built from optional filters: each filter given adds its condition, each one
 * absent adds nothing. The filters every list shares (externalId, updatedSince, diacritic-blind q) are here once.
 */
public final class Where {

    private final StringBuilder clause = new StringBuilder("1 = 1");
    private final Parameters params = new Parameters();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(condition);
            params.and(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters. */
    public Where and(String condition) {
        clause.append(" and ").append(condition);
        return this;
    }

    /**
     * Only rows anchored (through {@code field}, an organization id) at an organization the caller may see: above, at
     * or below the caller's own ({@code callerPath}; null for everything). See {@code Access.canSeeAnchoredAt}.
     */
    public Where anchoredVisible(String field, String callerPath) {
        return and(field + " in (select o.id from Organization o"
                + " where o.path like concat(:callerPath, '%') or :callerPath like concat(o.path, '%'))",
                "callerPath", callerPath);
    }

    /**
     * Only rows with either of two organization ids ({@code fieldA}, {@code fieldB}) at or below the organization
     * whose path is {@code path} (null: no condition). A recommendation is seen from the side that raised it and from
     * the side it is addressed to.
     */
    public Where eitherWithin(String fieldA, String fieldB, String name, String path) {
        String subtree = "(select o.id from Organization o where o.path like concat(:" + name + ", '%'))";
        return and("(" + fieldA + " in " + subtree + " or " + fieldB + " in " + subtree + ")", name, path);
    }

    /** Only the row with this client-side key. */
    public Where externalId(String externalId) {
        return and("externalId = :externalId", "externalId", Text.blankToNull(externalId));
    }

    /** Only rows changed at or after {@code since} (the list's parsed updatedSince); every row when it is null. */
    public Where updatedSince(OffsetDateTime since) {
        return and("updatedAt >= :updatedSince", "updatedSince", since);
    }

    /** Text search ignoring case and Vietnamese diacritics over an HQL string expression, e.g. {@code name || ' ' || code}. */
    public Where search(String expression, String q) {
        if (q == null || q.isBlank()) {
            return this;
        }
        return and("nennep_fold(" + expression + ") like nennep_fold(:q) escape '\\'", "q", Params.containsPattern(q));
    }

    /** The same search over a column the application keeps folded ({@link Text#fold}), e.g. a meeting's searchText. */
    public Where searchFolded(String column, String q) {
        if (q == null || q.isBlank()) {
            return this;
        }
        return and(column + " like :q escape '\\'", "q", Text.fold(Params.containsPattern(q)));
    }

    public String clause() {
        return clause.toString();
    }

    public Parameters params() {
        return params;
    }
}
