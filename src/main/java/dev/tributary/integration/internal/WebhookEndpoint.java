package dev.tributary.integration.internal;

import dev.tributary.integration.ProviderRegistry;
import dev.tributary.integration.WebhookCapability;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Verifies a webhook delivery before any provider code sees it: the integration is found by the
 * unguessable key in its URL ({@link WebhookCredentials}), the body is at most 64 KiB, and the shared-secret header
 * matches in constant time.
 */
@Service
public class WebhookEndpoint {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final WebhookCredentials credentials;
    private final ProviderRegistry registry;
    private final MeterRegistry meters;

    WebhookEndpoint(WebhookCredentials credentials, ProviderRegistry registry, MeterRegistry meters) {
        this.credentials = credentials;
        this.registry = registry;
        this.meters = meters;
    }

    public record Outcome(int status, String message) {
    }

    public Outcome receive(String provider, String key, long declaredLength, InputStream body, Map<String, List<String>> headers) throws IOException {
        if (declaredLength > MAX_BODY_BYTES) {
            return count(provider, new Outcome(413, "The body is larger than 64 KiB."));
        }
        Optional<WebhookCredentials.Target> target = credentials.find(provider, key);
        Optional<WebhookCapability> capability = registry.capability(provider, WebhookCapability.class);
        if (target.isEmpty() || capability.isEmpty()) {
            return count(provider, new Outcome(404, "No integration receives webhooks at this URL."));
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return count(provider, new Outcome(413, "The body is larger than 64 KiB."));
        }
        String presented = header(headers, capability.get().secretHeader());
        if (presented == null || presented.isBlank()) {
            return count(provider, new Outcome(401, "The " + capability.get().secretHeader() + " header is missing."));
        }
        if (!target.get().accepts(presented.trim())) {
            return count(provider, new Outcome(401, "The webhook secret is not valid."));
        }
        try {
            int status = capability.get().receive(target.get().integration(), bytes, headers);
            return count(provider, new Outcome(status, "accepted"));
        } catch (WebhookCapability.WebhookRejection rejection) {
            return count(provider, new Outcome(rejection.status(), rejection.getMessage()));
        }
    }

    private Outcome count(String provider, Outcome outcome) {
        meters.counter("tributary.webhooks", "provider", provider, "status", String.valueOf(outcome.status())).increment();
        return outcome;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
