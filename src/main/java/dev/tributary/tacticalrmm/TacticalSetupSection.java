package dev.tributary.tacticalrmm;

import java.util.Map;

/** The Tactical-specific part of the settings page: how to wire Tactical's URL action to the webhook. */
final class TacticalSetupSection {

    static final String FRAGMENT = "tacticalrmm/setup :: section";
    /** The Global Key Store entry holding the secret, so it need not be pasted into every URL action. */
    static final String KEY_STORE_NAME = "tributary_webhook_secret";

    private TacticalSetupSection() {
    }

    /** What the fragment shows. */
    record View(String authMode, String keyStoreName, String headersTemplate) {
    }

    static Map<String, Object> model(Map<String, Object> settings, String secretHeader) {
        String headers = "{\"Content-Type\": \"application/json\", \"" + secretHeader + "\": \"{{global." + KEY_STORE_NAME + "}}\"}";
        return Map.of("tacticalSetup", new View(TacticalSettings.authMode(settings), KEY_STORE_NAME, headers));
    }
}
