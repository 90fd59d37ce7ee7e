package dev.tributary.integration;

import java.util.List;
import java.util.Map;

/**
 * Receives provider webhooks on a per-integration, unguessable URL. The kernel checks the shared
 * secret header in constant time and the body size before the provider sees the request.
 */
public interface WebhookCapability {

    /** Header carrying the shared secret, e.g. {@code X-Alga-Webhook-Secret}. */
    String secretHeader();

    /** Ready-to-paste body template for the provider's webhook configuration. */
    String payloadTemplate();

    /**
     * Handles a verified delivery. Must return quickly: slow follow-up work goes off the request
     * thread. Returns the HTTP status to answer (202 normally, also for duplicates).
     *
     * @throws WebhookRejection for a body that cannot be accepted (answered 400 with its message)
     */
    int receive(IntegrationRef integration, byte[] body, Map<String, List<String>> headers);

    /** A delivery the provider refuses; answered with the given status and message. */
    class WebhookRejection extends RuntimeException {
        private final int status;

        public WebhookRejection(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
