package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/** A simulator with the fixture world at the reference instant, plus request helpers. */
abstract class TacticalTestSupport {

    static final String API_KEY = TacticalFixtures.API_KEY;

    MutableClock clock;
    TacticalSimulator sim;

    @BeforeEach
    void startSimulator() {
        clock = new MutableClock(TacticalSimulator.FIXTURE_NOW);
        sim = new TacticalSimulator(0, clock).start();
        sim.loadFixtures();
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    static Map.Entry<String, String> h(String name, String value) {
        return Map.entry(name, value);
    }

    static List<Map.Entry<String, String>> headers(Object... pairs) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(Map.entry((String) pairs[i], (String) pairs[i + 1]));
        }
        return list;
    }

    RawHttp.Response request(String method, String target, List<Map.Entry<String, String>> headers, String body) {
        return RawHttp.send(sim.port(), method, target, headers, body);
    }

    /** GET with the fixture API key. */
    RawHttp.Response get(String target) {
        return request("GET", target, headers("X-API-KEY", API_KEY), null);
    }

    /** GET as the production host over https (for absolute links). */
    RawHttp.Response getAsProduction(String target) {
        return request("GET", target, headers("Host", "rmm-api.example.com", "X-Forwarded-Proto", "https",
                "X-API-KEY", API_KEY), null);
    }

    RawHttp.Response sendJson(String method, String target, String json, Object... extraHeaders) {
        List<Map.Entry<String, String>> list = headers("Content-Type", "application/json");
        list.addAll(headers(extraHeaders));
        return request(method, target, list, json);
    }

    RawHttp.Response withKey(String method, String target, String json) {
        return sendJson(method, target, json, "X-API-KEY", API_KEY);
    }

    /** The recorded requests matching the filter, once at least {@code count} arrived (recording trails the response). */
    List<dev.tributary.simulator.RecordedRequest> awaitRecorded(
            java.util.function.Predicate<dev.tributary.simulator.RecordedRequest> filter, int count) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<dev.tributary.simulator.RecordedRequest> matching = sim.requests(filter);
        while (matching.size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            matching = sim.requests(filter);
        }
        return matching;
    }

    static JsonNode fixture(String name) {
        try (InputStream in = TacticalTestSupport.class.getResourceAsStream("/fixtures/tactical/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return RawHttp.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixtureText(String name) {
        try (InputStream in = TacticalTestSupport.class.getResourceAsStream("/fixtures/tactical/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deep equality including the order of object keys. */
    static void assertSameJson(JsonNode actual, JsonNode expected) {
        assertThat(actual).as("JSON value").isEqualTo(expected);
        assertOrder(actual, expected, "$");
    }

    private static void assertOrder(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(new ArrayList<>(actual.propertyNames())).as("key order at %s", path)
                    .containsExactlyElementsOf(expected.propertyNames());
            for (String key : expected.propertyNames()) {
                assertOrder(actual.get(key), expected.get(key), path + "." + key);
            }
        } else if (expected.isArray()) {
            Iterator<JsonNode> a = actual.iterator();
            int i = 0;
            for (JsonNode e : expected) {
                assertOrder(a.next(), e, path + "[" + i++ + "]");
            }
        }
    }

    /** Same keys in the same order with the same JSON types, recursively; values may differ. */
    static void assertSameShape(JsonNode actual, JsonNode expected, String path) {
        assertThat(actual.getNodeType()).as("type at %s", path).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            assertThat(new ArrayList<>(actual.propertyNames())).as("keys at %s", path)
                    .containsExactlyElementsOf(expected.propertyNames());
            for (String key : expected.propertyNames()) {
                assertSameShape(actual.get(key), expected.get(key), path + "." + key);
            }
        } else if (expected.isArray() && expected.size() > 0 && actual.size() > 0) {
            assertSameShape(actual.get(0), expected.get(0), path + "[0]");
        }
    }
}
