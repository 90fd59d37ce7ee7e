package dev.tributary.simulator.tactical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for building Jackson trees. */
final class JsonNodes {

    static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;
    static final JsonNode NULL = FACTORY.nullNode();

    private JsonNodes() {
    }

    static ObjectNode object() {
        return FACTORY.objectNode();
    }

    static ArrayNode array() {
        return FACTORY.arrayNode();
    }

    static JsonNode text(String value) {
        return value == null ? NULL : FACTORY.stringNode(value);
    }

    /** JSON already rendered by {@link PyJson#compact(JsonNode)}, spliced in as it is when compact output is written. */
    static JsonNode rendered(String json) {
        return FACTORY.rawValueNode(new tools.jackson.databind.util.RawValue(json));
    }

    static ArrayNode strings(Iterable<String> values) {
        ArrayNode array = array();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    /** Puts a DRF datetime (or null). */
    static ObjectNode putTime(ObjectNode node, String key, java.time.Instant value) {
        node.put(key, Py.drfDateTime(value));
        return node;
    }

    /** Parses JSON text (Python rules) into a tree. */
    static JsonNode parse(String json) {
        return PyJson.loads(json);
    }

    /** Reads a class-path resource as UTF-8 JSON. */
    static JsonNode resource(String path) {
        try (InputStream in = JsonNodes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
