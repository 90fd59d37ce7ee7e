package dev.tributary.simulator.tactical;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON as CPython's {@code json} module reads and writes it, on Jackson trees.
 *
 * <p>Reading follows {@code json.loads}: only {@code ' \t\n\r'} as whitespace, {@code NaN} and
 * {@code Infinity} accepted, integers kept exact, duplicate keys keep the first position with the
 * last value, and with {@code strict=false} raw control characters allowed inside strings. Errors
 * carry Python's message text ({@code "Expecting value: line 1 column 1 (char 0)"}).
 *
 * <p>Writing follows {@code json.dumps}: {@link #compact} is Django REST framework's renderer
 * (separators {@code ","}/{@code ":"}, UTF-8 kept, U+2028/U+2029 escaped) and {@link #python} is
 * the library default (separators {@code ", "}/{@code ": "}, everything outside printable ASCII
 * escaped as lower-case {@code \\uXXXX}). Floats are written as Python's {@code repr}.
 */
public final class PyJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyJson() {
    }

    /** A {@code json.JSONDecodeError}: Python's message, position, line and column. */
    public static final class DecodeError extends RuntimeException {
        private final String msg;
        private final int pos;

        DecodeError(String msg, String doc, int pos) {
            super(format(msg, doc, pos));
            this.msg = msg;
            this.pos = pos;
        }

        /** The bare message, e.g. {@code Expecting value}. */
        public String msg() {
            return msg;
        }

        public int pos() {
            return pos;
        }

        private static String format(String msg, String doc, int pos) {
            int line = 1;
            int lastNewline = -1;
            for (int i = 0; i < Math.min(pos, doc.length()); i++) {
                if (doc.charAt(i) == '\n') {
                    line++;
                    lastNewline = i;
                }
            }
            int column = pos - lastNewline;
            return msg + ": line " + line + " column " + column + " (char " + pos + ")";
        }
    }

    // ------------------------------------------------------------------ reading

    /** {@code json.loads(text)}: strict strings, NaN/Infinity accepted. */
    public static JsonNode loads(String text) {
        return loads(text, true, true);
    }

    /**
     * {@code json.loads(text, strict=strict)}. With {@code allowConstants=false} the constants
     * {@code NaN}, {@code Infinity} and {@code -Infinity} are rejected as DRF's parser does.
     */
    public static JsonNode loads(String text, boolean strict, boolean allowConstants) {
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            throw new DecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0);
        }
        Reader reader = new Reader(text, strict, allowConstants);
        int start = reader.skipWhitespace(0);
        JsonNode value = reader.value(start);
        int end = reader.skipWhitespace(reader.pos);
        if (end != text.length()) {
            throw new DecodeError("Extra data", text, end);
        }
        return value;
    }

    private static final class Reader {
        private final String s;
        private final boolean strict;
        private final boolean allowConstants;
        private int pos;

        Reader(String s, boolean strict, boolean allowConstants) {
            this.s = s;
            this.strict = strict;
            this.allowConstants = allowConstants;
        }

        int skipWhitespace(int i) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        /** Parses one value at {@code i}; leaves {@link #pos} after it. */
        JsonNode value(int i) {
            if (i >= s.length()) {
                throw new DecodeError("Expecting value", s, i);
            }
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    return NODES.stringNode(string(i + 1));
                case '{':
                    return object(i + 1);
                case '[':
                    return array(i + 1);
                case 'n':
                    if (s.startsWith("null", i)) {
                        pos = i + 4;
                        return NODES.nullNode();
                    }
                    break;
                case 't':
                    if (s.startsWith("true", i)) {
                        pos = i + 4;
                        return NODES.booleanNode(true);
                    }
                    break;
                case 'f':
                    if (s.startsWith("false", i)) {
                        pos = i + 5;
                        return NODES.booleanNode(false);
                    }
                    break;
                case 'N':
                    if (s.startsWith("NaN", i)) {
                        return constant(i, "NaN", Double.NaN);
                    }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", i)) {
                        return constant(i, "Infinity", Double.POSITIVE_INFINITY);
                    }
                    break;
                default:
                    break;
            }
            JsonNode number = number(i);
            if (number != null) {
                return number;
            }
            if (c == '-' && s.startsWith("-Infinity", i)) {
                return constant(i, "-Infinity", Double.NEGATIVE_INFINITY);
            }
            throw new DecodeError("Expecting value", s, i);
        }

        private JsonNode constant(int i, String name, double value) {
            if (!allowConstants) {
                throw new DecodeError("Out of range float values are not JSON compliant: " + name, s, i);
            }
            pos = i + name.length();
            return NODES.numberNode(value);
        }

        /** Python's NUMBER_RE: {@code (-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?}. */
        private JsonNode number(int start) {
            int i = start;
            if (i < s.length() && s.charAt(i) == '-') {
                i++;
            }
            if (i >= s.length() || !isAsciiDigit(s.charAt(i))) {
                return null;
            }
            if (s.charAt(i) == '0') {
                i++;
            } else {
                while (i < s.length() && isAsciiDigit(s.charAt(i))) {
                    i++;
                }
            }
            int intEnd = i;
            boolean isFloat = false;
            if (i + 1 < s.length() && s.charAt(i) == '.' && isAsciiDigit(s.charAt(i + 1))) {
                i += 2;
                while (i < s.length() && isAsciiDigit(s.charAt(i))) {
                    i++;
                }
                isFloat = true;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                    j++;
                }
                if (j < s.length() && isAsciiDigit(s.charAt(j))) {
                    while (j < s.length() && isAsciiDigit(s.charAt(j))) {
                        j++;
                    }
                    i = j;
                    isFloat = true;
                }
            }
            pos = i;
            String text = s.substring(start, i);
            if (!isFloat) {
                BigInteger value = new BigInteger(s.substring(start, intEnd));
                if (value.bitLength() < 32) {
                    return NODES.numberNode(value.intValue());
                }
                if (value.bitLength() < 64) {
                    return NODES.numberNode(value.longValue());
                }
                return NODES.numberNode(value);
            }
            return NODES.numberNode(Double.parseDouble(text));
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** Parses a string whose opening quote is at {@code begin - 1}. */
        private String string(int begin) {
            StringBuilder out = new StringBuilder();
            int i = begin;
            while (true) {
                if (i >= s.length()) {
                    throw new DecodeError("Unterminated string starting at", s, begin - 1);
                }
                char c = s.charAt(i);
                if (c == '"') {
                    pos = i + 1;
                    return out.toString();
                }
                if (c == '\\') {
                    i++;
                    if (i >= s.length()) {
                        throw new DecodeError("Unterminated string starting at", s, begin - 1);
                    }
                    char e = s.charAt(i);
                    switch (e) {
                        case '"' -> out.append('"');
                        case '\\' -> out.append('\\');
                        case '/' -> out.append('/');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) hex4(i - 1));
                            i += 4;
                        }
                        default -> throw new DecodeError("Invalid \\escape", s, i - 1);
                    }
                    i++;
                    continue;
                }
                if (strict && c < 0x20) {
                    throw new DecodeError("Invalid control character at", s, i);
                }
                out.append(c);
                i++;
            }
        }

        private int hex4(int backslash) {
            int start = backslash + 2;
            if (start + 4 > s.length()) {
                throw new DecodeError("Invalid \\uXXXX escape", s, backslash + 1);
            }
            int value = 0;
            for (int k = 0; k < 4; k++) {
                int digit = Character.digit(s.charAt(start + k), 16);
                if (digit < 0 || s.charAt(start + k) > 'f') {
                    throw new DecodeError("Invalid \\uXXXX escape", s, backslash + 1);
                }
                value = value * 16 + digit;
            }
            return value;
        }

        private ObjectNode object(int i) {
            ObjectNode result = NODES.objectNode();
            i = skipWhitespace(i);
            if (i < s.length() && s.charAt(i) == '}') {
                pos = i + 1;
                return result;
            }
            while (true) {
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw new DecodeError("Expecting property name enclosed in double quotes", s, i);
                }
                String key = string(i + 1);
                i = skipWhitespace(pos);
                if (i >= s.length() || s.charAt(i) != ':') {
                    throw new DecodeError("Expecting ':' delimiter", s, i);
                }
                i = skipWhitespace(i + 1);
                JsonNode value = value(i);
                result.set(key, value);
                i = skipWhitespace(pos);
                if (i < s.length() && s.charAt(i) == '}') {
                    pos = i + 1;
                    return result;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw new DecodeError("Expecting ',' delimiter", s, i);
                }
                int comma = i;
                i = skipWhitespace(i + 1);
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw new DecodeError("Expecting property name enclosed in double quotes", s,
                            i < s.length() ? i : comma);
                }
            }
        }

        private ArrayNode array(int i) {
            ArrayNode result = NODES.arrayNode();
            i = skipWhitespace(i);
            if (i < s.length() && s.charAt(i) == ']') {
                pos = i + 1;
                return result;
            }
            while (true) {
                result.add(value(i));
                i = skipWhitespace(pos);
                if (i < s.length() && s.charAt(i) == ']') {
                    pos = i + 1;
                    return result;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw new DecodeError("Expecting ',' delimiter", s, i);
                }
                i = skipWhitespace(i + 1);
            }
        }
    }

    // ------------------------------------------------------------------ writing

    /** DRF's {@code JSONRenderer}: compact, UTF-8, {@code \u2028}/{@code \u2029} escaped. */
    public static String compact(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        compact(node, out);
        return out.toString();
    }

    /** {@link #compact(JsonNode)} appended to a builder the caller reuses (fleet pages render thousands of rows). */
    public static void compact(JsonNode node, StringBuilder out) {
        write(node, out, ",", ":", false);
    }

    /** Python's {@code json.dumps(value)} with every default. */
    public static String python(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out, ", ", ": ", true);
        return out.toString();
    }

    /** {@code json.dumps(text)}: a JSON string literal, ASCII-escaped. */
    public static String pythonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        writeString(text, out, true);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out, String itemSep, String keySep, boolean ascii) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node instanceof tools.jackson.databind.node.POJONode pojo
                && pojo.getPojo() instanceof tools.jackson.databind.util.RawValue raw) {
            // Spliced in by JsonNodes.rendered: compact output only, never Python's spaced dumps.
            if (!",".equals(itemSep)) {
                throw new IllegalStateException("Pre-rendered JSON can only be written compactly");
            }
            out.append(raw.rawValue().toString());
        } else if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (!first) {
                    out.append(itemSep);
                }
                first = false;
                writeString(entry.getKey(), out, ascii);
                out.append(keySep);
                write(entry.getValue(), out, itemSep, keySep, ascii);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(itemSep);
                }
                write(node.get(i), out, itemSep, keySep, ascii);
            }
            out.append(']');
        } else if (node.isString()) {
            writeString(node.stringValue(), out, ascii);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isInt() || node.isLong()) {
            out.append(node.longValue());
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toPlainString());
        } else if (node.isNumber()) {
            double value = node.doubleValue();
            if (Double.isNaN(value)) {
                out.append("NaN");
            } else if (Double.isInfinite(value)) {
                out.append(value > 0 ? "Infinity" : "-Infinity");
            } else {
                out.append(floatRepr(value));
            }
        } else {
            writeString(node.asString(), out, ascii);
        }
    }

    private static void writeString(String text, StringBuilder out, boolean ascii) {
        out.append('"');
        int plain = plainPrefix(text, ascii);
        // Most strings need no escaping at all: copy them in one go (fleet pages are megabytes of them).
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e) || (!ascii && (c == '\u2028' || c == '\u2029'))) {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Length of the leading run of characters that are written as they are. */
    private static int plainPrefix(String text, boolean ascii) {
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e && (ascii || c == '\u2028' || c == '\u2029')) {
                break;
            }
        }
        return i;
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip, positional notation for
     * decimal exponents from -4 to 15 (with {@code .0} when integral), scientific otherwise
     * ({@code 1e+16}, {@code 1e-05}).
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                shortest = candidate;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        StringBuilder out = new StringBuilder();
        if (value < 0) {
            out.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                out.append("0.");
                out.append("0".repeat(-decpt));
                out.append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits);
                out.append("0".repeat(decpt - digits.length()));
                out.append(".0");
            } else {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = decpt - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
        return out.toString();
    }

    /** Python's {@code repr(str)}: single quotes unless the text holds {@code '} and no {@code "}. */
    public static String pyRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && !isPrintable(cp))) {
                if (cp <= 0xff) {
                    out.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.append(String.format("\\U%08x", cp));
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && !(type == Character.SPACE_SEPARATOR && codePoint != ' ');
    }
}
