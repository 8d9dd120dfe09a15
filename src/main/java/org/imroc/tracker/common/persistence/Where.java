package org.imroc.tracker.common.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.common.paging.PageRequest;

/**
 * Builds the HQL of a filtered, keyset-paged list: each filter is added only when its value is present, and the
 * page continues strictly after the cursor in (createdAt, id) order.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is not null. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds {@code clause} unconditionally, with the parameters it uses (name, value, name, value …). */
    public Where always(String clause, Object... namesAndValues) {
        clauses.add(clause);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** A case-insensitive "contains" over one or more text columns, with LIKE wildcards escaped. */
    public Where contains(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String column : columns) {
            any.add("lower(" + column + ") like :contains escape '\\'");
        }
        clauses.add("(" + String.join(" or ", any) + ")");
        params.put("contains", "%" + escapeLike(text.trim().toLowerCase()) + "%");
        return this;
    }

    /**
     * Restricts the query to the caller's Trusts through {@code trustPath} (e.g. {@code id} for Trusts,
     * {@code trust.id} for what they own). An empty scope matches nothing.
     */
    public Where scopedTo(TrustScope scope, String trustPath) {
        if (scope.all()) {
            return this;
        }
        if (scope.trustIds().isEmpty()) {
            clauses.add("1 = 0");
            return this;
        }
        clauses.add(trustPath + " in :scopeTrustIds");
        params.put("scopeTrustIds", scope.trustIds());
        return this;
    }

    public Where after(PageRequest page) {
        if (page.after() != null) {
            clauses.add("(createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))");
            params.put("afterAt", page.after().createdAt());
            params.put("afterId", page.after().id());
        }
        return this;
    }

    /** The conditions alone, for single reads and counts. */
    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    /** The query, in the order that keyset paging relies on. */
    public String inCreationOrder() {
        return (clauses.isEmpty() ? "" : String.join(" and ", clauses)) + " order by createdAt, id";
    }

    public Map<String, Object> params() {
        return params;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
