package dev.tributary.tacticalrmm.client;

import java.util.List;

/** Names of the secrets Tactical stores in the tenant's secret store. */
public final class TacticalSecrets {

    public static final String API_KEY = "tacticalrmm.api_key";
    public static final String USERNAME = "tacticalrmm.username";
    public static final String PASSWORD = "tacticalrmm.password";
    public static final String KNOX_TOKEN = "tacticalrmm.knox_token";
    public static final String TOTP_SECRET = "tacticalrmm.totp_secret";

    public static final List<String> ALL = List.of(API_KEY, USERNAME, PASSWORD, KNOX_TOKEN, TOTP_SECRET);

    private TacticalSecrets() {
    }
}
