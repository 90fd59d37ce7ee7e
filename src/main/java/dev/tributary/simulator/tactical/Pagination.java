package dev.tributary.simulator.tactical;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The beta API's {@code StandardResultsSetPagination} (DRF {@code PageNumberPagination}):
 * {@code page_size} default 100, capped at 1000, 0/negative/non-integer falling back to 100;
 * {@code page} 1-based (also {@code last}), beyond the end or not an integer is
 * {@code 404 {"detail":"Invalid page."}}; absolute {@code next}/{@code previous} links with the query
 * re-encoded in sorted order, and page 2's {@code previous} without {@code page}.
 */
final class Pagination {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    private Pagination() {
    }

    static final class InvalidPage extends RuntimeException {
        InvalidPage() {
            super("Invalid page.", null, false, false);
        }
    }

    record Page<T>(int count, List<T> items, String next, String previous) {
    }

    /**
     * @param query   the request's query parameters, every value, in order
     * @param baseUrl scheme, host and path of the request, e.g. {@code https://host/beta/v1/agent/}
     */
    static <T> Page<T> paginate(List<T> all, Map<String, List<String>> query, String baseUrl) {
        int pageSize = pageSize(last(query, "page_size"));
        int count = all.size();
        int numPages = count == 0 ? 1 : (count + pageSize - 1) / pageSize;
        String raw = last(query, "page");
        if (raw == null || raw.isEmpty()) {
            raw = "1";
        }
        int number;
        if (raw.equals("last")) {
            number = numPages;
        } else {
            Optional<BigInteger> parsed = Py.parseInt(raw);
            if (parsed.isEmpty()) {
                throw new InvalidPage();
            }
            BigInteger value = parsed.get();
            if (value.signum() < 1 || value.compareTo(BigInteger.valueOf(numPages)) > 0) {
                throw new InvalidPage();
            }
            number = value.intValue();
        }
        int from = (number - 1) * pageSize;
        int to = Math.min(count, from + pageSize);
        List<T> items = from >= count ? List.of() : new ArrayList<>(all.subList(from, to));
        String next = number < numPages ? withPage(query, baseUrl, number + 1) : null;
        String previous = number > 1 ? withPage(query, baseUrl, number - 1) : null;
        return new Page<>(count, items, next, previous);
    }

    /** DRF {@code _positive_int(strict=True, cutoff=1000)} with the silent fallback to 100. */
    static int pageSize(String raw) {
        if (raw == null) {
            return DEFAULT_PAGE_SIZE;
        }
        Optional<BigInteger> parsed = Py.parseInt(raw);
        if (parsed.isEmpty() || parsed.get().signum() <= 0) {
            return DEFAULT_PAGE_SIZE;
        }
        return parsed.get().min(BigInteger.valueOf(MAX_PAGE_SIZE)).intValue();
    }

    /** {@code replace_query_param}, or {@code remove_query_param} for page 1. */
    private static String withPage(Map<String, List<String>> query, String baseUrl, int page) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        query.forEach((key, values) -> params.put(key, new ArrayList<>(values)));
        if (page == 1) {
            params.remove("page");
        } else {
            params.put("page", List.of(Integer.toString(page)));
        }
        String encoded = Py.urlencodeSorted(params);
        return encoded.isEmpty() ? baseUrl : baseUrl + "?" + encoded;
    }

    /** Django's {@code QueryDict.get}: the last value. */
    static String last(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
