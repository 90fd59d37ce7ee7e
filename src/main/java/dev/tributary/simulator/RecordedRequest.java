package dev.tributary.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A request as a simulator received it, for assertions about what a client sent. */
public record RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, String body,
                              int status, Instant at) {

    public String header(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
