package dev.tributary.integration.web;

import dev.tributary.integration.internal.WebhookEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/webhooks/{provider}/{key}}: no API key; the unguessable key in the URL names the
 * integration and a shared-secret header authenticates the sender. The body is read raw whatever
 * its Content-Type (providers often send none or a wrong one).
 */
@RestController
class WebhookController {

    private final WebhookEndpoint endpoint;

    WebhookController(WebhookEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @PostMapping(path = "/api/v1/webhooks/{provider}/{key}", consumes = "*/*")
    ResponseEntity<?> receive(@PathVariable String provider, @PathVariable String key, HttpServletRequest request)
            throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        var outcome = endpoint.receive(provider, key, request.getContentLengthLong(), request.getInputStream(), headers);
        if (outcome.status() >= 200 && outcome.status() < 300) {
            return ResponseEntity.status(outcome.status()).body(Map.of("status", "accepted"));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(outcome.status()),
                outcome.message());
        problem.setType(java.net.URI.create("https://tributary.dev/problems/webhook-" + outcome.status()));
        return ResponseEntity.status(outcome.status()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
