package dev.tributary.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.IntegrationRecord;
import dev.tributary.platform.Secret;
import dev.tributary.platform.SecretStore;
import dev.tributary.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookCredentialsTest {

    private static final String KEY = "url-key";
    private static final UUID TENANT = UUID.randomUUID();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final Map<String, IntegrationRecord> rows = new HashMap<>();
    private final CountingSecrets secrets = new CountingSecrets();
    private final AtomicInteger rowReads = new AtomicInteger();
    private final WebhookCredentials credentials = new WebhookCredentials(key -> {
        rowReads.incrementAndGet();
        return Optional.ofNullable(rows.get(key));
    }, secrets, clock, Duration.ofSeconds(5));

    @Test
    void aBurstReadsTheIntegrationAndItsSecretOnceAndChecksEveryDelivery() {
        connect("tacticalrmm", true, "s3cret");

        for (int i = 0; i < 50; i++) {
            WebhookCredentials.Target target = credentials.find("tacticalrmm", KEY).orElseThrow();
            assertThat(target.accepts("s3cret")).isTrue();
            assertThat(target.accepts("s3cret ")).isFalse();
            assertThat(target.accepts("guess")).isFalse();
            assertThat(target.accepts(null)).isFalse();
        }
        assertThat(rowReads).hasValue(1);
        assertThat(secrets.reads).hasValue(1);
        assertThat(credentials.find("tacticalrmm", KEY).orElseThrow().integration().tenantId()).isEqualTo(TENANT);
    }

    @Test
    void aSecretChangedElsewhereIsSeenWhenTheEntryExpiresAndAChangeMadeHereAtOnce() {
        connect("tacticalrmm", true, "first");
        assertThat(credentials.find("tacticalrmm", KEY).orElseThrow().accepts("first")).isTrue();

        secrets.values.put(TENANT + "/tacticalrmm.webhook_secret", "second");
        clock.advance(Duration.ofMillis(4_999));
        assertThat(credentials.find("tacticalrmm", KEY).orElseThrow().accepts("first")).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(credentials.find("tacticalrmm", KEY).orElseThrow().accepts("first")).isFalse();
        assertThat(credentials.find("tacticalrmm", KEY).orElseThrow().accepts("second")).isTrue();

        secrets.values.put(TENANT + "/tacticalrmm.webhook_secret", "third");
        credentials.forgetAll();
        assertThat(credentials.find("tacticalrmm", KEY).orElseThrow().accepts("third")).isTrue();
    }

    @Test
    void unknownKeysAndInactiveIntegrationsAreReadAgainEveryTimeSoAConnectCountsAtOnce() {
        assertThat(credentials.find("tacticalrmm", "guessed")).isEmpty();
        assertThat(credentials.find("tacticalrmm", "guessed")).isEmpty();
        connect("tacticalrmm", false, "s3cret");
        assertThat(credentials.find("tacticalrmm", KEY)).isEmpty();
        assertThat(rowReads).hasValue(3);

        connect("tacticalrmm", true, "s3cret");
        assertThat(credentials.find("tacticalrmm", KEY)).isPresent();
    }

    @Test
    void theKeyOfAnotherProvidersIntegrationIsNotFound() {
        connect("huntress", true, "s3cret");

        assertThat(credentials.find("tacticalrmm", KEY)).isEmpty();
        assertThat(credentials.find("huntress", KEY)).isPresent();
    }

    @Test
    void anIntegrationWithoutASecretIsFoundButAcceptsNothing() {
        rows.put(KEY, record("tacticalrmm", true));

        WebhookCredentials.Target target = credentials.find("tacticalrmm", KEY).orElseThrow();
        assertThat(target.accepts("")).isFalse();
        assertThat(target.accepts("anything")).isFalse();
    }

    @Test
    void aNegativeLifetimeIsRefused() {
        assertThatThrownBy(() -> new WebhookCredentials(key -> Optional.empty(), secrets, clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tributary.webhooks.credential-cache");
    }

    private void connect(String provider, boolean active, String secret) {
        rows.put(KEY, record(provider, active));
        secrets.values.put(TENANT + "/" + provider + ".webhook_secret", secret);
    }

    private static IntegrationRecord record(String provider, boolean active) {
        return new IntegrationRecord(UUID.randomUUID(), TENANT, provider, "https://rmm.example.test", active, null, "pending",
                null, null, null, null, Map.of(), KEY);
    }

    private static final class CountingSecrets implements SecretStore {
        final Map<String, String> values = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<Secret> get(UUID tenantId, String name) {
            reads.incrementAndGet();
            return Optional.ofNullable(values.get(tenantId + "/" + name)).map(Secret::of);
        }

        @Override
        public void put(UUID tenantId, String name, Secret secret) {
            values.put(tenantId + "/" + name, secret.reveal());
        }

        @Override
        public void delete(UUID tenantId, String name) {
            values.remove(tenantId + "/" + name);
        }
    }
}
