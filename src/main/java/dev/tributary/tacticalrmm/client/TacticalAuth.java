package dev.tributary.tacticalrmm.client;

import dev.tributary.platform.Secret;
import java.net.http.HttpRequest;
import java.util.function.Consumer;

/** How requests authenticate: an API key, or a Knox token renewed by logging in again after a 401. */
public sealed interface TacticalAuth {

    /** Adds the credential header. */
    void apply(HttpRequest.Builder request);

    /** The credential a request was sent with (to tell whether another thread already renewed it). */
    String credential();

    /**
     * Called after a 401 for a request sent with {@code rejected}: returns true when a fresh credential is in
     * place (then the request is retried once), false when nothing can be renewed.
     */
    boolean renew(String rejected);

    boolean apiKey();

    static TacticalAuth apiKey(Secret key) {
        return new ApiKey(key);
    }

    /**
     * @param token      the stored Knox token, or null to log in before the first request
     * @param onNewToken persists a token obtained by a re-login
     */
    static TacticalAuth knox(Secret token, KnoxLogin login, Consumer<Secret> onNewToken) {
        return new Knox(token, login, onNewToken);
    }

    record ApiKey(Secret key) implements TacticalAuth {
        @Override
        public void apply(HttpRequest.Builder request) {
            request.header("X-API-KEY", key.reveal());
        }

        @Override
        public String credential() {
            return "api-key";
        }

        @Override
        public boolean renew(String rejected) {
            return false;
        }

        @Override
        public boolean apiKey() {
            return true;
        }
    }

    final class Knox implements TacticalAuth {
        private final KnoxLogin login;
        private final Consumer<Secret> onNewToken;
        private volatile Secret token;

        Knox(Secret token, KnoxLogin login, Consumer<Secret> onNewToken) {
            this.token = token;
            this.login = login;
            this.onNewToken = onNewToken;
        }

        @Override
        public void apply(HttpRequest.Builder request) {
            Secret current = token;
            if (current == null) {
                synchronized (this) {
                    if (token == null) {
                        refresh();
                    }
                    current = token;
                }
            }
            request.header("Authorization", "Token " + current.reveal());
        }

        @Override
        public String credential() {
            Secret current = token;
            return current == null ? "" : current.reveal();
        }

        @Override
        public synchronized boolean renew(String rejected) {
            Secret current = token;
            if (current != null && !current.reveal().equals(rejected)) {
                return true;
            }
            refresh();
            return true;
        }

        private void refresh() {
            Secret fresh = login.login(null);
            token = fresh;
            onNewToken.accept(fresh);
        }

        @Override
        public boolean apiKey() {
            return false;
        }
    }
}
