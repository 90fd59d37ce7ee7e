package dev.tributary.tacticalrmm.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.AlertUpsert;
import dev.tributary.integration.WebhookCapability.WebhookRejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Webhook bodies exactly as Tactical renders them (fixtures and §4.5–4.6 of the reference). */
class WebhookBodyParserTest {

    private static final Instant NOW = Instant.parse("2026-06-16T12:05:00Z");

    static byte[] fixture(String name) {
        try (InputStream in = WebhookBodyParserTest.class.getResourceAsStream("/fixtures/tactical/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebhookPayload parse(String body) {
        return WebhookBodyParser.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theWireBytesOfTheFixtureDelivery() {
        WebhookPayload p = WebhookBodyParser.parse(fixture("webhook_alert_example.wire.txt"));
        assertThat(p.agentId()).isEqualTo("rKGzzuarbTrEQykBTDjqvIGfhPVHBsSHmfVlDtjM");
        assertThat(p.alertId()).as("unquoted {{alert.id}} arrives as a number").isEqualTo("58");
        assertThat(p.event()).isEqualTo("trmm.alert.failure");
        assertThat(p.severity()).isEqualTo("error");
        assertThat(p.alertType()).isEqualTo("availability");
        assertThat(p.message()).isEqualTo("globex-web01 in Globex, Main is overdue.");
        assertThat(p.alertTime()).as("str(datetime) with a space and +00:00").isEqualTo(Instant.parse("2026-06-15T22:47:57.221904Z"));
        assertThat(p.hostname()).isEqualTo("globex-web01");
        assertThat(p.resolved()).as("\"None\" while open").isFalse();
        assertThat(p.resolvedOn()).isNull();
        assertThat(p.fields()).containsEntry("resolved", null).containsEntry("client", "Globex");
    }

    @Test
    void theResolvedDelivery() {
        WebhookPayload p = WebhookBodyParser.parse(fixture("webhook_alert_resolved_example.json"));
        assertThat(p.resolved()).isTrue();
        assertThat(p.resolvedOn()).isEqualTo(Instant.parse("2026-06-16T12:03:17.552310Z"));
        assertThat(p.alertId()).isEqualTo("58");
    }

    @Test
    void aBodyThatFailedToParseArrivesAsAJsonStringAndIsStillRead() {
        // The message held a quote, so Tactical's json.loads failed and it sent json.dumps(text).
        String text = "{\"agent_id\": \"rKGzzuarbTrEQykBTDjqvIGfhPVHBsSHmfVlDtjM\", \"alert_id\": 61, \"message\": "
                + "\"Disk \"C:\" is full\", \"severity\": \"warning\", \"alert_time\": \"2026-06-16 09:19:49.078201+00:00\"}";
        String wire = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
        WebhookPayload p = parse(wire);
        assertThat(p.agentId()).isEqualTo("rKGzzuarbTrEQykBTDjqvIGfhPVHBsSHmfVlDtjM");
        assertThat(p.alertId()).isEqualTo("61");
        assertThat(p.message()).isEqualTo("Disk \"C:\" is full");
        assertThat(p.severity()).isEqualTo("warning");
        assertThat(p.alertTime()).isEqualTo(Instant.parse("2026-06-16T09:19:49.078201Z"));
    }

    @Test
    void rawNewlinesNonAsciiEscapesAndNoneValues() {
        WebhookPayload p = parse("{\"agent_id\": \"abcdefghijklmnopqrstuvwxyz\", \"message\": \"line one\nline two caf\\u00e9\", "
                + "\"alert_id\": \"None\", \"client_id\": \"None\", \"site_id\": \"\", \"severity\": \"None\"}");
        assertThat(p.message()).isEqualTo("line one\nline two café");
        assertThat(p.alertId()).isNull();
        assertThat(p.clientId()).isNull();
        assertThat(p.siteId()).isNull();
        assertThat(p.severity()).isNull();
    }

    @Test
    void theProvidersOwnContractFields() {
        WebhookPayload p = parse("{\"agent_id\":\"a1\",\"alert_id\":\"42\",\"event\":\"trigger\",\"severity\":\"critical\","
                + "\"message\":\"CPU high\",\"alert_time\":\"2026-02-13T12:00:00Z\",\"client_id\":\"7\",\"site_id\":\"3\"}");
        assertThat(p.clientId()).isEqualTo("7");
        assertThat(p.siteId()).isEqualTo("3");
        assertThat(p.resolved()).isFalse();
        assertThat(p.alertTime()).isEqualTo(Instant.parse("2026-02-13T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "''                                   | empty",
        "'   '                                | empty",
        "'[1, 2]'                             | not a JSON object",
        "'\"just a sentence\"'                | not a JSON object",
        "'hello there'                        | not a JSON object",
        "'{\"alert_id\": 5}'                  | agent_id is required",
        "'{\"agent_id\": \"None\"}'           | agent_id is required",
        "'{\"agent_id\": \"\", \"x\": 1}'     | agent_id is required",
    })
    void rejectedBodies(String body, String message) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(WebhookRejection.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((WebhookRejection) e).status()).isEqualTo(400));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "2026-06-15 22:47:57.221904+00:00 | 2026-06-15T22:47:57.221904Z",
        "2026-06-15 22:47:57+00:00        | 2026-06-15T22:47:57Z",
        "2026-06-15T22:47:57.221904Z      | 2026-06-15T22:47:57.221904Z",
        "2026-06-15 22:47:57              | 2026-06-15T22:47:57Z",
        "1781563677                       | 2026-06-15T22:47:57Z",
        "1781563677000                    | 2026-06-15T22:47:57Z",
        "None                             | null",
        "yesterday                        | null",
    })
    void alertTimes(String raw, String expected) {
        assertThat(WebhookBodyParser.instant(raw)).isEqualTo(expected == null ? null : Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {"error, critical", "critical, critical", "warning, moderate", "info, minor",
        "major, major", "high, major", "low, minor", "null, none", "weird, none"})
    void severities(String raw, String expected) {
        assertThat(AlertPlan.severity(raw)).isEqualTo(expected);
    }

    @Test
    void keysAreTheAlertIdElseAgentTypeAndTime() {
        assertThat(AlertPlan.key(parse("{\"agent_id\":\"a1\",\"alert_id\":58}"))).isEqualTo("58");
        String trigger = AlertPlan.key(parse("{\"agent_id\":\"a1\",\"event\":\"trigger\",\"alert_type\":\"check\","
                + "\"alert_time\":\"2026-02-13 12:00:00+00:00\"}"));
        String resolve = AlertPlan.key(parse("{\"agent_id\":\"a1\",\"event\":\"resolved\",\"alert_type\":\"check\","
                + "\"alert_time\":\"2026-02-13 12:00:00+00:00\"}"));
        assertThat(trigger).isEqualTo(resolve).isEqualTo("a1:check:2026-02-13T12:00:00Z");
        assertThat(AlertPlan.key(parse("{\"agent_id\":\"a1\",\"message\":\"m\"}")))
                .isEqualTo(AlertPlan.key(parse("{\"agent_id\":\"a1\",\"message\":\"m\"}")))
                .isNotEqualTo(AlertPlan.key(parse("{\"agent_id\":\"a1\",\"message\":\"n\"}")));
    }

    @Test
    void aTriggerOpensAResolveClosesAndALateTriggerDoesNotReopen() {
        WebhookPayload trigger = WebhookBodyParser.parse(fixture("webhook_alert_example.wire.txt"));
        AlertUpsert opened = AlertPlan.upsert(trigger, null, null, NOW, "webhook");
        assertThat(opened.status()).isEqualTo("active");
        assertThat(opened.severity()).isEqualTo("critical");
        assertThat(opened.triggeredAt()).isEqualTo(Instant.parse("2026-06-15T22:47:57.221904Z"));
        assertThat(opened.resolvedAt()).isNull();
        assertThat(opened.externalDeviceId()).isEqualTo("rKGzzuarbTrEQykBTDjqvIGfhPVHBsSHmfVlDtjM");
        assertThat(opened.deviceName()).isEqualTo("globex-web01");

        AlertRecord stored = record(opened);
        assertThat(AlertPlan.sameAs(stored, AlertPlan.upsert(trigger, stored, null, NOW, "webhook"))).as("redelivery").isTrue();

        AlertUpsert closed = AlertPlan.upsert(WebhookBodyParser.parse(fixture("webhook_alert_resolved_example.json")), stored,
                null, NOW, "webhook");
        assertThat(closed.status()).isEqualTo("resolved");
        assertThat(closed.resolvedAt()).isEqualTo(Instant.parse("2026-06-16T12:03:17.552310Z"));
        assertThat(AlertPlan.sameAs(stored, closed)).isFalse();

        AlertUpsert late = AlertPlan.upsert(trigger, record(closed), null, NOW, "webhook");
        assertThat(late.status()).isEqualTo("resolved");
        assertThat(late.resolvedAt()).isEqualTo(Instant.parse("2026-06-16T12:03:17.552310Z"));
    }

    @Test
    void aResolveWithoutResolvedOnIsResolvedNow() {
        AlertUpsert closed = AlertPlan.upsert(parse("{\"agent_id\":\"a1\",\"event\":\"resolved\"}"), null, null, NOW, "webhook");
        assertThat(closed.status()).isEqualTo("resolved");
        assertThat(closed.resolvedAt()).isEqualTo(NOW);
        assertThat(closed.triggeredAt()).isEqualTo(NOW);
    }

    private static AlertRecord record(AlertUpsert u) {
        return new AlertRecord(UUID.randomUUID(), UUID.randomUUID(), "tacticalrmm", u.externalAlertId(), u.externalDeviceId(),
                u.assetId(), null, u.severity(), u.status(), u.message(), u.deviceName(), u.triggeredAt(), u.resolvedAt(),
                u.metadata(), NOW, NOW);
    }
}
