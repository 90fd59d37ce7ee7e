package dev.tributary.huntress.client;

import java.util.List;

/** One page of a list; {@code nextToken} is null on the last page. */
public record Page<T>(List<T> items, String nextToken) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean last() {
        return nextToken == null;
    }
}
