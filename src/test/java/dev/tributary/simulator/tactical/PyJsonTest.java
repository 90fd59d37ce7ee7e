package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's json, str and repr as the fake reproduces them (expected values taken from CPython 3.11). */
class PyJsonTest {

    @ParameterizedTest(name = "repr({0}) = {1}")
    @CsvSource({"1749525164.0, 1749525164.0", "0.1, 0.1", "1e16, 1e+16", "1e15, 1000000000000000.0",
        "0.0001, 0.0001", "0.00001, 1e-05", "-0.0, -0.0", "1.5e300, 1.5e+300", "123.456, 123.456", "2.5, 2.5",
        "0.3333333333333333, 0.3333333333333333", "100000.0, 100000.0", "-12.75, -12.75", "5e-324, 5e-324"})
    void floatRepr(double value, String expected) {
        assertThat(PyJson.floatRepr(value)).isEqualTo(expected);
    }

    @Test
    void dumpsDefaultsEscapeNonAsciiAndKeepKeyOrder() {
        assertThat(PyJson.python(PyJson.loads("{\"a\":1,\"b\":2,\"a\":3}"))).isEqualTo("{\"a\": 3, \"b\": 2}");
        assertThat(PyJson.python(PyJson.loads("{\"é\":\"ü😀\",\"n\":[1.0,1e16,1e15,0.0001,0.00001,-0.0,1.5e300,"
                + "12345678901234567890]}"))).isEqualTo("{\"\\u00e9\": \"\\u00fc\\ud83d\\ude00\", \"n\": [1.0, 1e+16, "
                + "1000000000000000.0, 0.0001, 1e-05, -0.0, 1.5e+300, 12345678901234567890]}");
        assertThat(PyJson.python(PyJson.loads("[NaN, Infinity, -Infinity, \"\\u0001\\u007f\"]")))
                .isEqualTo("[NaN, Infinity, -Infinity, \"\\u0001\\u007f\"]");
        assertThat(PyJson.compact(PyJson.loads("{\"k\": [1, \"é\\u2029\"]}"))).isEqualTo("{\"k\":[1,\"é\\u2029\"]}");
        assertThat(PyJson.pythonString("a\"b\\c\né")).isEqualTo("\"a\\\"b\\\\c\\n\\u00e9\"");
    }

    @ParameterizedTest(name = "loads({0}) fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "'' | Expecting value: line 1 column 1 (char 0)",
        "{\"a\" 1} | Expecting ':' delimiter: line 1 column 6 (char 5)",
        "[1,2 | Expecting ',' delimiter: line 1 column 5 (char 4)",
        "{\"a\":1}x | Extra data: line 1 column 8 (char 7)",
        "{\"a\":1,} | Expecting property name enclosed in double quotes: line 1 column 8 (char 7)",
        "[1,] | Expecting value: line 1 column 4 (char 3)",
        "{\"a\":\"\\q\"} | Invalid \\escape: line 1 column 7 (char 6)",
        "01 | Extra data: line 1 column 2 (char 1)",
        "- | Expecting value: line 1 column 1 (char 0)",
        "\"abc | Unterminated string starting at: line 1 column 1 (char 0)",
        "\"\\u12\" | Invalid \\uXXXX escape: line 1 column 3 (char 2)",
        "{ | Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
    })
    void decodeErrorsMatchPython(String text, String message) {
        assertThatThrownBy(() -> PyJson.loads(text)).isInstanceOf(PyJson.DecodeError.class).hasMessage(message);
    }

    @Test
    void strictControlCharacters() {
        assertThatThrownBy(() -> PyJson.loads("\"a\u0001\"")).hasMessage("Invalid control character at: line 1 column 3 (char 2)");
        assertThat(PyJson.loads("\"a\nb\"", false, true).stringValue()).isEqualTo("a\nb");
        assertThatThrownBy(() -> PyJson.loads("[NaN]", true, false)).isInstanceOf(PyJson.DecodeError.class);
        assertThatThrownBy(() -> PyJson.loads("\ufeff{}")).hasMessageStartingWith("Unexpected UTF-8 BOM");
    }

    @Test
    void pythonStrAndRepr() {
        Map<String, Object> disk = new LinkedHashMap<>();
        disk.put("device", "C:");
        disk.put("percent", 30);
        disk.put("ok", true);
        disk.put("none", null);
        assertThat(Py.str(List.of(disk, "it's", "a\"b", "x\\y", "\u007f", "é\u00a0", 1.0)))
                .isEqualTo("[{'device': 'C:', 'percent': 30, 'ok': True, 'none': None}, \"it's\", 'a\"b', 'x\\\\y', "
                        + "'\\x7f', 'é\\xa0', 1.0]");
        assertThat(Py.str(Instant.parse("2026-06-16T12:00:00Z"))).isEqualTo("2026-06-16 12:00:00+00:00");
        assertThat(Py.str(Instant.parse("2026-06-16T12:03:17.552310Z"))).isEqualTo("2026-06-16 12:03:17.552310+00:00");
        assertThat(Py.drfDateTime(Instant.parse("2026-06-16T12:03:17.552310Z"))).isEqualTo("2026-06-16T12:03:17.552310Z");
        assertThat(Py.drfDateTime(Instant.parse("2026-06-16T04:39:24Z"))).isEqualTo("2026-06-16T04:39:24Z");
        assertThat(Py.str(true)).isEqualTo("True");
        assertThat(Py.truthy("")).isFalse();
        assertThat(Py.truthy(0)).isFalse();
        assertThat(Py.truthy(List.of())).isFalse();
    }

    @Test
    void pythonIntAndUrlQuoting() {
        assertThat(Py.parseInt(" 1_000 ")).contains(java.math.BigInteger.valueOf(1000));
        assertThat(Py.parseInt("+7")).contains(java.math.BigInteger.valueOf(7));
        assertThat(Py.parseInt("١٢")).as("Unicode digits").contains(java.math.BigInteger.valueOf(12));
        assertThat(Py.parseInt("1__0")).isEmpty();
        assertThat(Py.parseInt("1.0")).isEmpty();
        assertThat(Py.parseInt("")).isEmpty();
        assertThat(Py.quotePlus("a b/c:d+é~")).isEqualTo("a+b%2Fc%3Ad%2B%C3%A9~");
        assertThat(Py.requoteUri("https://h/a b/%41%2F?x=é&y=%zz")).isEqualTo("https://h/a%20b/%2541%252F?x=%C3%A9&y=%25zz");
        assertThat(Py.requoteUri("https://h/a b/%41%2F?x=é")).isEqualTo("https://h/a%20b/A%2F?x=%C3%A9");
    }
}
