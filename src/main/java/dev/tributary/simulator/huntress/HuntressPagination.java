package dev.tributary.simulator.huntress;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The list machinery every collection endpoint shares: {@code limit} (default 10, 1..500),
 * {@code sort_field} (an endpoint's enum, default {@code id}), {@code sort_direction} (default
 * {@code desc}) and the {@code page_token} cursor. Rows are ordered by (sort value, id), both in the
 * requested direction.
 *
 * <p>Tokens are unpadded base64url. The simulator issues {@code hp1;<field>;<dir>;<filters>;<id>;<value>},
 * so a token replayed with another sort (or, when strict, other filters) is detected and refused with
 * a 400. It also accepts the documented bare style (base64url of just the sort value, e.g.
 * {@code MjAyMi0wMy0wMVQxODo1NDoyNFo}), which continues strictly after that value.
 */
final class HuntressPagination {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 500;
    private static final String TOKEN_PREFIX = "hp1;";

    /** A 400 with Grape-style message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    enum Kind {
        LONG, INSTANT, STRING
    }

    /** A sortable field; {@code value} must return a non-null Long, Instant or String. */
    record SortField<T>(String name, Kind kind, Function<T, Object> value) {

        static <T> SortField<T> id(ToLongFunction<T> id) {
            return new SortField<>("id", Kind.LONG, row -> id.applyAsLong(row));
        }

        static <T> SortField<T> instant(String name, Function<T, Instant> value) {
            return new SortField<>(name, Kind.INSTANT, row -> {
                Instant instant = value.apply(row);
                return instant == null ? Instant.EPOCH : instant.truncatedTo(ChronoUnit.SECONDS);
            });
        }

        static <T> SortField<T> string(String name, Function<T, String> value) {
            return new SortField<>(name, Kind.STRING, row -> {
                String string = value.apply(row);
                return string == null ? "" : string;
            });
        }
    }

    /** A validated list request. {@code cursor} is null on the first page. */
    record ListRequest<T>(int limit, SortField<T> sort, boolean descending, String token, Cursor cursor,
                          String fingerprint) {
    }

    record Cursor(Object value, long id) {
    }

    /** One page; {@code nextToken} is null on the last page; {@code total} counts every matching row. */
    record Page<T>(List<T> rows, String nextToken, int total) {
    }

    private HuntressPagination() {
    }

    /** The last value of a query parameter (Rack semantics for repeated keys), or null. */
    static String param(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    /**
     * Validates the common list parameters. {@code fingerprint} identifies the endpoint and its filter
     * values; undeclared parameters (legacy {@code page}, {@code updated_at_min}, …) are ignored.
     */
    static <T> ListRequest<T> parse(Map<String, List<String>> query, List<SortField<T>> sortFields, String fingerprint,
                                    boolean strictFilters) {
        int limit = DEFAULT_LIMIT;
        String rawLimit = param(query, "limit");
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit);
            } catch (NumberFormatException e) {
                throw new BadRequest("limit is invalid");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new BadRequest("limit does not have a valid value");
            }
        }
        SortField<T> sort = sortFields.get(0);
        String rawSort = param(query, "sort_field");
        if (rawSort != null) {
            sort = sortFields.stream().filter(field -> field.name().equals(rawSort)).findFirst()
                    .orElseThrow(() -> new BadRequest("sort_field does not have a valid value"));
        }
        boolean descending = true;
        String rawDirection = param(query, "sort_direction");
        if (rawDirection != null) {
            if (rawDirection.equals("asc")) {
                descending = false;
            } else if (!rawDirection.equals("desc")) {
                throw new BadRequest("sort_direction does not have a valid value");
            }
        }
        String token = param(query, "page_token");
        Cursor cursor = null;
        if (token != null && !token.isEmpty()) {
            cursor = decode(token, sort, descending, fingerprint, strictFilters);
        } else {
            token = null;
        }
        return new ListRequest<>(limit, sort, descending, token, cursor, fingerprint);
    }

    static <T> Page<T> page(List<T> rows, ListRequest<T> request, ToLongFunction<T> id) {
        SortField<T> sort = request.sort();
        Comparator<T> order = (a, b) -> compare(sort.value().apply(a), id.applyAsLong(a), sort.value().apply(b),
                id.applyAsLong(b));
        if (request.descending()) {
            order = order.reversed();
        }
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        int start = 0;
        Cursor cursor = request.cursor();
        if (cursor != null) {
            while (start < sorted.size()) {
                T row = sorted.get(start);
                int relation = compare(sort.value().apply(row), id.applyAsLong(row), cursor.value(), cursor.id());
                boolean after = request.descending() ? relation < 0 : relation > 0;
                if (after) {
                    break;
                }
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + request.limit());
        List<T> page = List.copyOf(sorted.subList(start, end));
        String next = null;
        if (end < sorted.size() && !page.isEmpty()) {
            T last = page.get(page.size() - 1);
            next = encode(sort, request.descending(), request.fingerprint(), id.applyAsLong(last),
                    sort.value().apply(last));
        }
        return new Page<>(page, next, sorted.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value1, long id1, Object value2, long id2) {
        int byValue = ((Comparable) value1).compareTo(value2);
        return byValue != 0 ? byValue : Long.compare(id1, id2);
    }

    static <T> String encode(SortField<T> sort, boolean descending, String fingerprint, long id, Object value) {
        String payload = TOKEN_PREFIX + sort.name() + ';' + (descending ? "desc" : "asc") + ';' + fingerprint + ';' + id
                + ';' + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> Cursor decode(String token, SortField<T> sort, boolean descending, String fingerprint,
                                     boolean strictFilters) {
        String payload;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            payload = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new BadRequest("page_token is invalid");
        }
        if (payload.isEmpty()) {
            throw new BadRequest("page_token is invalid");
        }
        if (payload.startsWith(TOKEN_PREFIX)) {
            String[] parts = payload.substring(TOKEN_PREFIX.length()).split(";", 5);
            if (parts.length != 5) {
                throw new BadRequest("page_token is invalid");
            }
            if (!parts[0].equals(sort.name()) || !parts[1].equals(descending ? "desc" : "asc")
                    || (strictFilters && !parts[2].equals(fingerprint))) {
                throw new BadRequest("page_token does not match the query");
            }
            long id;
            try {
                id = Long.parseLong(parts[3]);
            } catch (NumberFormatException e) {
                throw new BadRequest("page_token is invalid");
            }
            return new Cursor(value(parts[4], sort.kind()), id);
        }
        // Bare style: just the sort value; continue strictly after every row carrying it.
        return new Cursor(value(payload, sort.kind()), descending ? Long.MIN_VALUE : Long.MAX_VALUE);
    }

    private static Object value(String raw, Kind kind) {
        try {
            return switch (kind) {
                case LONG -> Long.parseLong(raw);
                case INSTANT -> OffsetDateTime.parse(raw).toInstant().truncatedTo(ChronoUnit.SECONDS);
                case STRING -> raw;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BadRequest("page_token does not match the query");
        }
    }
}
