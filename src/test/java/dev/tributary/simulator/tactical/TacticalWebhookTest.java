package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Alert webhooks rendered and sent exactly as Tactical's REST URL action does. */
class TacticalWebhookTest extends TacticalTestSupport {

    private CapturingReceiver receiver;
    private String url;

    @BeforeEach
    void startReceiver() {
        receiver = new CapturingReceiver();
        url = "http://127.0.0.1:" + receiver.port() + "/hooks/tactical/{{client.name}}/alerts";
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void failureWebhookIsByteExact() {
        TacticalWebhooks.WebhookResult result = sim.fireAlertWebhook(url, TacticalWebhooks.DEFAULT_REST_BODY,
                TacticalWebhooks.DEFAULT_REST_HEADERS, "post", 58);

        CapturingReceiver.Captured request = receiver.next();
        assertThat(request.requestLine()).isEqualTo("POST /hooks/tactical/Globex/alerts HTTP/1.1");
        byte[] wire = fixtureText("webhook_alert_example.wire.txt").getBytes(StandardCharsets.UTF_8);
        assertThat(request.body()).isEqualTo(wire);
        assertThat(RawHttp.JSON.readTree(request.bodyText())).isEqualTo(fixture("webhook_alert_example.json"));

        JsonNode expected = fixture("webhook_alert_request.json");
        List<Map.Entry<String, String>> expectedHeaders = new ArrayList<>();
        expectedHeaders.add(Map.entry("Host", "127.0.0.1:" + receiver.port()));
        expected.get("headers").properties().forEach(e -> expectedHeaders.add(Map.entry(e.getKey(),
                e.getValue().stringValue())));
        assertThat(request.headers()).containsExactlyElementsOf(expectedHeaders);
        assertThat(request.bodyText()).isEqualTo(expected.get("body").stringValue());

        assertThat(result.status()).isEqualTo(202);
        assertThat(result.responseBody()).isEqualTo("{\"status\":\"accepted\",\"id\":\"evt_01J0XK7Q3W\"}");
        TacticalAlert alert = sim.alert(58);
        assertThat(alert.actionRetcode()).isEqualTo(202);
        assertThat(alert.actionStdout()).isEqualTo(result.responseBody());
        assertThat(alert.actionStderr()).isEmpty();
        assertThat(alert.actionExecutionTime()).isEqualTo("0.0000");
        assertThat(alert.actionRun()).isEqualTo(TacticalSimulator.FIXTURE_NOW);
    }

    @Test
    void resolvedWebhookRendersTrueAndTheResolveTime() {
        Instant resolvedAt = Instant.parse("2026-06-16T12:03:17.552310Z");
        clock.set(resolvedAt);
        sim.setLastSeen(13, Instant.parse("2026-06-16T12:02:40.090412Z"));
        sim.resolveAlert(58);
        receiver.respond(200, "ok");

        TacticalWebhooks.WebhookResult result = sim.fireAlertWebhook(url,
                TacticalWebhooks.DEFAULT_RESOLVED_REST_BODY, TacticalWebhooks.DEFAULT_REST_HEADERS, "post", 58);

        JsonNode body = RawHttp.JSON.readTree(receiver.next().bodyText());
        assertSameJson(body, fixture("webhook_alert_resolved_example.json"));
        assertThat(result.status()).isEqualTo(200);
        assertThat(sim.alert(58).resolvedActionRetcode()).isEqualTo(200);
        assertThat(sim.alert(58).resolvedActionStdout()).isEqualTo("ok");
        assertThat(sim.alert(58).actionRetcode()).as("failure action untouched").isEqualTo(202);
    }

    @Test
    void emptyHeadersTemplateDropsEveryRequestsDefault() {
        sim.fireAlertWebhook(url, TacticalWebhooks.DEFAULT_REST_BODY, "", "post", 58);
        CapturingReceiver.Captured request = receiver.next();
        assertThat(request.headers()).containsExactly(
                Map.entry("Host", "127.0.0.1:" + receiver.port()),
                Map.entry("Accept-Encoding", "identity"),
                Map.entry("User-Agent", "python-urllib3/2.5.0"),
                Map.entry("Content-Length", "442"));
        assertThat(request.header("Content-Type")).isNull();
    }

    @Test
    void headersWithoutContentTypeSendNoContentTypeAndNullRemovesADefault() {
        sim.fireAlertWebhook(url, "{}", "{\"X-Key\": \"k\", \"User-Agent\": null}", "put", 58);
        CapturingReceiver.Captured request = receiver.next();
        assertThat(request.requestLine()).startsWith("PUT ");
        assertThat(request.headers()).containsExactly(
                Map.entry("Host", "127.0.0.1:" + receiver.port()),
                Map.entry("User-Agent", "python-urllib3/2.5.0"),
                Map.entry("Accept-Encoding", "gzip, deflate"),
                Map.entry("Accept", "*/*"),
                Map.entry("Connection", "keep-alive"),
                Map.entry("X-Key", "k"),
                Map.entry("Content-Length", "2"));
        assertThat(request.bodyText()).isEqualTo("{}");
    }

    @Test
    void unparseableBodyIsSentAsAJsonString() {
        sim.updateAlert(58, a -> a.message("disk \"C\" full"));
        sim.fireAlertWebhook(url, "{\"message\": \"{{alert.message}}\"}", "{}", "post", 58);
        assertThat(receiver.next().bodyText()).isEqualTo("\"{\\\"message\\\": \\\"disk \\\"C\\\" full\\\"}\"");
    }

    @Test
    void nonAsciiIsEscapedAndSpacingNormalised() {
        sim.updateAlert(58, a -> a.message("Café – naïve 😀"));
        sim.fireAlertWebhook(url, "{\n   \"message\":\"{{alert.message}}\" ,\"n\": 1.50}", "{}", "post", 58);
        assertThat(receiver.next().bodyText())
                .isEqualTo("{\"message\": \"Caf\\u00e9 \\u2013 na\\u00efve \\ud83d\\ude00\", \"n\": 1.5}");
    }

    @Test
    void backslashesAndControlCharactersAreSanitised() {
        sim.updateAlert(58, a -> a.actionStdout("C:\\Temp\\new\\x").message("a\u0001b\u0085c"));
        sim.fireAlertWebhook(url, "{\"path\": \"{{alert.action_stdout}}\", \"ctl\": \"{{alert.message}}\", "
                + "\"tab\": \"x\ty\"}", "{}", "post", 58);
        assertThat(receiver.next().bodyText())
                .isEqualTo("{\"path\": \"C:\\\\Temp\\new\\\\x\", \"ctl\": \"a b c\", \"tab\": \"x\\ty\"}");
        assertThat(TacticalWebhooks.bodyJson("not json at all \\ ok")).isEqualTo("\"not json at all \\\\\\\\ ok\"");
    }

    @Test
    void getHasNoBodyAndDeleteAnEmptyOne() {
        sim.fireAlertWebhook(url + "?id={{alert.id}}&who={{agent.hostname}} x", "{}", "{}", "get", 58);
        CapturingReceiver.Captured get = receiver.next();
        assertThat(get.requestLine()).isEqualTo("GET /hooks/tactical/Globex/alerts?id=58&who=globex-web01%20x HTTP/1.1");
        assertThat(get.header("Content-Length")).isNull();
        assertThat(get.body()).isEmpty();

        sim.fireAlertWebhook(url, "{}", "{}", "delete", 58);
        assertThat(receiver.next().header("Content-Length")).isEqualTo("0");
    }

    @Test
    void brokenHeadersFailWithoutSendingAndRecord500() {
        TacticalWebhooks.WebhookResult result = sim.fireAlertWebhook(url, "{}", "{not json", "post", 61);
        assertThat(result.status()).isEqualTo(500);
        assertThat(result.request()).isNull();
        assertThat(sim.alert(61).actionRetcode()).isEqualTo(500);
        assertThat(sim.alert(61).actionStdout()).contains("has no attribute 'items'");

        TacticalWebhooks.WebhookResult numeric = sim.fireAlertWebhook(url, "{}", "{\"X-Id\": {{alert.id}}}", "post",
                61);
        assertThat(numeric.status()).isEqualTo(500);
        assertThat(numeric.responseBody()).contains("must be of type str or bytes");
    }

    @Test
    void silentReceiverTimesOutAndRecords500WithoutRetry() throws Exception {
        sim.config().webhookTimeout(Duration.ofMillis(300));
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            TacticalWebhooks.WebhookResult result = sim.fireAlertWebhook(
                    "http://127.0.0.1:" + silent.getLocalPort() + "/hook", "{}", "{}", "post", 58);
            assertThat(result.status()).isEqualTo(500);
            assertThat(result.responseBody()).containsIgnoringCase("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            try (java.net.Socket first = silent.accept()) {
                silent.setSoTimeout(300);
                assertThatThrownBy(silent::accept).as("no retry").isInstanceOf(java.net.SocketTimeoutException.class);
            }
        }
        assertThat(sim.alert(58).actionRetcode()).isEqualTo(500);
    }

    @Test
    void renderingFollowsPythonStr() {
        assertThat(sim.renderTemplate("{{alert.resolved}}|{{alert.action_retcode}}|{{agent.needs_reboot}}", 61))
                .isEqualTo("None|None|True");
        assertThat(sim.renderTemplate("{{alert.resolved}} {{alert.resolved_on}}", 49))
                .isEqualTo("True 2026-06-13 13:59:08.601135+00:00");
        assertThat(sim.renderTemplate("{{alert.alert_time}}", 58)).isEqualTo("2026-06-15 22:47:57.221904+00:00");
        sim.updateAlert(58, a -> a.alertTime(Instant.parse("2026-06-16T12:00:00Z")));
        assertThat(sim.renderTemplate("{{alert.alert_time}}", 58)).isEqualTo("2026-06-16 12:00:00+00:00");
        assertThat(sim.renderTemplate("{{alert.agent_id}} {{alert.id}} {{agent.id}}", 58)).isEqualTo("13 58 13");
        assertThat(sim.renderTemplate("{{ agent.hostname }}/{{agent.site.client.name}}/{{site.name}}", 58))
                .isEqualTo("globex-web01/Globex/Main");
        assertThat(sim.renderTemplate("{{agent.nosuchfield}} {{alert.save}} {{alert.nothing}}", 58))
                .isEqualTo("globex-web01 None availability - globex-web01 in Globex, Main is overdue.");
        assertThat(sim.renderTemplate("{{global.asset_webhook_secret}} {{global.missing}}", 58))
                .isEqualTo("s3cr3t-7f9a1c None");
        assertThat(sim.renderTemplate("{{agent.boot_time}} {{agent.total_ram}} {{agent.logged_in_username}}", 58))
                .isEqualTo("1748003511.0 8 None");
        assertThat(sim.renderTemplate("{{agent.cpu_model}}", 49))
                .isEqualTo("['Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz, 10C/20T']");
        assertThat(sim.renderTemplate("{{agent.disks}}", 58)).startsWith("[{'free': '61.4 GB', 'used': '12.3 GB'");
        assertThat(sim.renderTemplate("{{agent.Rack Location}} {{client.Customer Number}}", 49))
                .isEqualTo("Rack 3 / U14 ACME-0001");
        assertThat(sim.renderTemplate("{{agent.Rack Location}}|", 58)).isEqualTo("|");
        assertThat(sim.renderTemplate("{{agent.status}} {{agent.local_ips}}", 61))
                .isEqualTo("offline 192.168.20.57");
        assertThat(sim.renderTemplate("{{alert}} {{ nothing.here }}", 58)).isEqualTo("{{alert}} {{ nothing.here }}");
    }

    @Test
    void agentLessAlertsRenderAgentPlaceholdersAsNone() {
        TacticalAlert custom = sim.raiseCustomAlert("warning", "Backups are late");
        assertThat(sim.renderTemplate("{{agent.hostname}} {{client.name}} {{alert.message}}", custom.id()))
                .isEqualTo("None None Backups are late");
    }

    @Test
    void statusInWebhookFollowsTheClock() {
        clock.advance(Duration.ofDays(-1));
        assertThat(sim.renderTemplate("{{agent.status}}", 58)).isEqualTo("online");
    }
}
