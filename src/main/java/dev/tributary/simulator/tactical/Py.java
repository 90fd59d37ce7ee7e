package dev.tributary.simulator.tactical;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The bits of Python and Django behaviour the fake has to copy: {@code str()} and {@code repr()} of
 * values, datetime text in both Python's and DRF's format, {@code int()} parsing, and the URL
 * quoting of {@code urllib.parse} and {@code requests}.
 */
public final class Py {

    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private Py() {
    }

    // ------------------------------------------------------------------ datetimes

    /** DRF's {@code DateTimeField}: {@code 2026-06-16T11:59:31.482913Z}, microseconds only when non-zero. */
    public static String drfDateTime(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return isoDate(t) + "T" + isoTime(t) + "Z";
    }

    /** Python's {@code str(datetime)} for an aware UTC value: {@code 2026-06-15 22:47:57.221904+00:00}. */
    public static String pyDateTime(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return isoDate(t) + " " + isoTime(t) + "+00:00";
    }

    private static String isoDate(LocalDateTime t) {
        int year = t.getYear();
        String y = year >= 0 && year < 10000 ? String.format("%04d", year) : Integer.toString(year);
        return y + "-" + two(t.getMonthValue()) + "-" + two(t.getDayOfMonth());
    }

    private static String isoTime(LocalDateTime t) {
        String base = two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? base : base + "." + String.format("%06d", micros);
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** Truncates to microseconds, the resolution of Django's datetimes. */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.minusNanos(instant.getNano() % 1000);
    }

    // ------------------------------------------------------------------ str / repr / truthiness

    /** Python truthiness for the value kinds the fake models. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            if (n instanceof Double || n instanceof Float) {
                return n.doubleValue() != 0;
            }
            if (n instanceof BigInteger big) {
                return big.signum() != 0;
            }
            return n.longValue() != 0;
        }
        if (value instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof JsonNode node) {
            return truthy(fromJson(node));
        }
        return true;
    }

    /** Python's {@code str(value)}. */
    public static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Instant instant) {
            return pyDateTime(instant);
        }
        if (value instanceof JsonNode node) {
            return str(fromJson(node));
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return repr(value);
        }
        if (value instanceof Boolean || value instanceof Number) {
            return repr(value);
        }
        return value.toString();
    }

    /** Python's {@code repr(value)}. */
    public static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return PyJson.floatRepr(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof String s) {
            return PyJson.pyRepr(s);
        }
        if (value instanceof Instant instant) {
            LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            StringBuilder out = new StringBuilder("datetime.datetime(").append(t.getYear()).append(", ")
                    .append(t.getMonthValue()).append(", ").append(t.getDayOfMonth()).append(", ")
                    .append(t.getHour()).append(", ").append(t.getMinute());
            int micros = t.getNano() / 1000;
            if (t.getSecond() != 0 || micros != 0) {
                out.append(", ").append(t.getSecond());
            }
            if (micros != 0) {
                out.append(", ").append(micros);
            }
            return out.append(", tzinfo=datetime.timezone.utc)").toString();
        }
        if (value instanceof JsonNode node) {
            return repr(fromJson(node));
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(repr(entry.getKey())).append(": ").append(repr(entry.getValue()));
            }
            return out.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder out = new StringBuilder("[");
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(repr(item));
            }
            return out.append(']').toString();
        }
        return "<" + value + ">";
    }

    /** A JSON tree as the Python objects {@code json.loads} would produce. */
    public static Object fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                map.put(entry.getKey(), fromJson(entry.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(fromJson(item));
            }
            return list;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asString();
    }

    // ------------------------------------------------------------------ int()

    /**
     * Python's {@code int(text)}: surrounding whitespace, a sign, Unicode decimal digits and single
     * underscores between digits. Empty means no number.
     */
    public static Optional<BigInteger> parseInt(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i >= s.length()) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return Optional.empty();
                }
                lastUnderscore = true;
                continue;
            }
            int digit = Character.digit(c, 10);
            if (digit < 0 || !Character.isDigit(c)) {
                return Optional.empty();
            }
            digits.append((char) ('0' + digit));
            lastUnderscore = false;
        }
        if (lastUnderscore) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(digits.toString());
        return Optional.of(negative ? value.negate() : value);
    }

    /** {@link #parseInt} narrowed to a Java int (values out of range are treated as absent). */
    public static Optional<Integer> parseSmallInt(String text) {
        return parseInt(text).filter(v -> v.bitLength() < 32).map(BigInteger::intValue);
    }

    // ------------------------------------------------------------------ URLs

    /** {@code urllib.parse.quote_plus(text)}: UTF-8, space as {@code +}, only {@code A-Za-z0-9_.-~} kept. */
    public static String quotePlus(String text) {
        return quote(text, "", true);
    }

    /** {@code urllib.parse.quote(text, safe)}. */
    public static String quote(String text, String safe, boolean plus) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '.' || c == '-' || c == '~' || (c < 0x80 && safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else if (plus && c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX_UPPER[c >> 4]).append(HEX_UPPER[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** {@code urllib.parse.urlencode(sorted(query.items()), doseq=True)}. */
    public static String urlencodeSorted(Map<String, List<String>> query) {
        List<String> keys = new ArrayList<>(query.keySet());
        keys.sort(null);
        StringBuilder out = new StringBuilder();
        for (String key : keys) {
            for (String value : query.get(key)) {
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(quotePlus(key)).append('=').append(quotePlus(value));
            }
        }
        return out.toString();
    }

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    /**
     * {@code requests.utils.requote_uri}: un-escapes escaped unreserved characters, then quotes
     * everything outside {@code !#$%&'()*+,/:;=?@[]~}; with a malformed escape, {@code %} is quoted too.
     */
    public static String requoteUri(String uri) {
        String unquoted = unquoteUnreserved(uri);
        if (unquoted != null) {
            return quote(unquoted, "!#$%&'()*+,/:;=?@[]~", false);
        }
        return quote(uri, "!#$&'()*+,/:;=?@[]~", false);
    }

    private static String unquoteUnreserved(String uri) {
        String[] parts = uri.split("%", -1);
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            String h = part.length() >= 2 ? part.substring(0, 2) : part;
            if (h.length() == 2 && isAsciiAlnum(h.charAt(0)) && isAsciiAlnum(h.charAt(1))) {
                int value;
                try {
                    value = Integer.parseInt(h, 16);
                } catch (NumberFormatException e) {
                    return null;
                }
                char c = (char) value;
                if (UNRESERVED.indexOf(c) >= 0) {
                    out.append(c).append(part, 2, part.length());
                } else {
                    out.append('%').append(part);
                }
            } else {
                out.append('%').append(part);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
