package dev.tributary.huntress.client;

import java.util.List;

/**
 * The inlined remediations of an incident report: Huntress inlines the first 10 and says whether
 * there are more. The historic bare-array shape arrives as {@code hasMore=false}.
 */
public record Remediations(int totalCount, boolean hasMore, List<Remediation> items) {

    public static final Remediations NONE = new Remediations(0, false, List.of());

    public Remediations {
        items = items == null ? List.of() : List.copyOf(items);
        totalCount = Math.max(totalCount, items.size());
    }

    /** Remediations Huntress has but did not inline. */
    public int notShown() {
        return Math.max(0, totalCount - items.size());
    }
}
