package dev.tributary.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON documents are stored in {@code text} columns as Jackson-serialized text. This side-steps
 * H2's habit of silently storing a JSON string when a JSON parameter is bound (stack-notes §7.1).
 */
@Component
public class JsonColumns {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private final JsonMapper mapper;

    public JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        return value == null ? null : mapper.writeValueAsString(value);
    }

    public <T> T read(String text, Class<T> type) {
        return text == null || text.isBlank() ? null : mapper.readValue(text, type);
    }

    public <T> T read(String text, TypeReference<T> type) {
        return text == null || text.isBlank() ? null : mapper.readValue(text, type);
    }

    public Map<String, Object> readMap(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        return mapper.readValue(text, MAP);
    }

    public JsonNode readTree(String text) {
        return mapper.readTree(text == null || text.isBlank() ? "{}" : text);
    }

    public JsonMapper mapper() {
        return mapper;
    }
}
