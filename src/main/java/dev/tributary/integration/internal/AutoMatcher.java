package dev.tributary.integration.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Exact normalized-name matching of provider scopes to clients. Only a unique hit counts: two
 * clients that normalize to the same name match nothing, and a blank name never matches.
 */
public final class AutoMatcher {

    private final Map<String, UUID> unique = new HashMap<>();

    public AutoMatcher(List<Candidate> clients) {
        Map<String, Integer> seen = new HashMap<>();
        for (Candidate client : clients) {
            String key = NameNormalizer.normalize(client.name());
            if (key.isEmpty()) {
                continue;
            }
            seen.merge(key, 1, Integer::sum);
            unique.put(key, client.id());
        }
        seen.forEach((key, count) -> {
            if (count > 1) {
                unique.remove(key);
            }
        });
    }

    public Optional<UUID> match(String scopeName) {
        String key = NameNormalizer.normalize(scopeName);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(unique.get(key));
    }

    public record Candidate(UUID id, String name) {
    }
}
