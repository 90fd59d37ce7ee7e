package dev.tributary.psa;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "total": N}}. */
public record ListPage<T>(List<T> items, long total) {

    /** Pages a list that is already in memory (small configuration lists). */
    public static <T> ListPage<T> of(List<T> all, PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = (int) Math.min((long) from + page.limit(), all.size());
        return new ListPage<>(List.copyOf(all.subList(from, to)), all.size());
    }

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), total);
    }
}
