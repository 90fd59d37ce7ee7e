package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code PATCH /alerts/} modes and filter semantics (§4.1), the alert object (§4.2) and updates (§4.3). */
class TacticalAlertsTest extends TacticalTestSupport {

    private int snoozed;
    private int custom;
    private int old;

    @BeforeEach
    void moreAlerts() {
        snoozed = sim.raiseCheckAlert(11, "info", "cpuload", "CPU Load check", 50).id();
        sim.snoozeAlert(snoozed, 3);
        custom = sim.raiseCustomAlert("warning", "Backups are late").id();
        old = sim.raiseAvailabilityAlert(12).id();
        sim.updateAlert(old, a -> a.alertTime(Instant.parse("2026-05-01T00:00:00Z")));
    }

    private List<Integer> patch(String body) {
        RawHttp.Response response = withKey("PATCH", "/alerts/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode json = response.json();
        JsonNode list = json.isArray() ? json : json.get("alerts");
        List<Integer> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.get("id").intValue()));
        return ids;
    }

    @Test
    void noFilterKeysReturnsEverythingIncludingHiddenAndAgentLess() {
        assertThat(patch("{}")).containsExactly(49, 58, 61, 62, snoozed, custom, old);
        assertThat(patch("")).containsExactly(49, 58, 61, 62, snoozed, custom, old);
        assertThat(patch("{\"unrelated\":1}")).containsExactly(49, 58, 61, 62, snoozed, custom, old);
    }

    @Test
    void topReturnsTheOldestOpenVisibleAlerts() {
        JsonNode top = withKey("PATCH", "/alerts/", "{\"top\":2}").json();
        assertThat(top.get("alerts_count").intValue()).isEqualTo(4);
        assertThat(patch("{\"top\":2}")).containsExactly(old, 58);
        assertThat(patch("{\"top\":\"10\"}")).containsExactly(old, 58, 61, custom);
        assertThat(patch("{\"top\":0}")).isEmpty();
    }

    @Test
    void resolvedAndSnoozedFiltersMeanInclude() {
        List<Integer> all = List.of(49, 58, 61, 62, snoozed, custom, old);
        assertThat(patch("{\"resolvedFilter\":true,\"snoozedFilter\":true}")).containsExactlyElementsOf(all);
        assertThat(patch("{\"resolvedFilter\":false}")).containsExactly(58, 61, 62, snoozed, custom, old);
        assertThat(patch("{\"snoozedFilter\":false}")).containsExactly(49, 58, 61, 62, custom, old);
        assertThat(patch("{\"snoozedFilter\":false,\"resolvedFilter\":false}")).containsExactly(58, 61, 62, custom, old);
    }

    @Test
    void clientFilterDropsAgentLessAlertsAndEmptyMatchesNothing() {
        assertThat(patch("{\"clientFilter\":[1]}")).containsExactly(49, 61, snoozed, old);
        assertThat(patch("{\"clientFilter\":[2,3]}")).containsExactly(58, 62);
        assertThat(patch("{\"clientFilter\":[]}")).isEmpty();
        assertThat(patch("{\"clientFilter\":[99]}")).isEmpty();
    }

    @Test
    void severityAndTimeFilters() {
        assertThat(patch("{\"severityFilter\":[\"warning\",\"info\"]}")).containsExactly(61, snoozed, custom);
        assertThat(patch("{\"timeFilter\":0}")).isEmpty();
        assertThat(patch("{\"timeFilter\":1}")).containsExactly(58, 61, 62, snoozed, custom);
        assertThat(patch("{\"timeFilter\":30}")).containsExactly(49, 58, 61, 62, snoozed, custom);
        assertThat(patch("{\"timeFilter\":90}")).contains(old);
        clock.advance(Duration.ofDays(-1));
        assertThat(patch("{\"timeFilter\":30}")).as("alerts from the future are out").containsExactly(49);
    }

    @Test
    void agentLessAlertsOmitAgentKeys() {
        JsonNode alert = get("/alerts/" + custom + "/").json();
        assertThat(alert.has("hostname")).isFalse();
        assertThat(alert.has("agent_id")).isFalse();
        assertThat(alert.has("client")).isFalse();
        assertThat(alert.has("site")).isFalse();
        assertThat(alert.get("agent").isNull()).isTrue();
        assertThat(alert.size()).isEqualTo(fixture("alert_detail_resolved.json").size() - 4);
    }

    @Test
    void putResolveSnoozeUnsnoozeAndPartialUpdates() {
        clock.advance(Duration.ofMinutes(3));
        assertThat(withKey("PUT", "/alerts/58/", "{\"type\":\"resolve\"}").body()).isEqualTo("\"ok\"");
        JsonNode resolved = get("/alerts/58/").json();
        assertThat(resolved.get("resolved").booleanValue()).isTrue();
        assertThat(resolved.get("resolved_on").stringValue()).isEqualTo("2026-06-16T12:03:00Z");

        RawHttp.Response missing = withKey("PUT", "/alerts/61/", "{\"type\":\"snooze\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("\"Missing 'snoozed_days' when trying to snooze alert\"");
        withKey("PUT", "/alerts/61/", "{\"type\":\"snooze\",\"snooze_days\":2}");
        assertThat(get("/alerts/61/").json().get("snooze_until").stringValue()).isEqualTo("2026-06-18T12:03:00Z");
        withKey("PUT", "/alerts/61/", "{\"type\":\"unsnooze\"}");
        assertThat(get("/alerts/61/").json().get("snoozed").booleanValue()).isFalse();
        assertThat(get("/alerts/61/").json().get("snooze_until").isNull()).isTrue();

        withKey("PUT", "/alerts/62/", "{\"hidden\":false}");
        assertThat(patch("{\"top\":10}")).contains(62);
        assertThat(withKey("PUT", "/alerts/999/", "{\"type\":\"resolve\"}").body())
                .isEqualTo("{\"detail\":\"No Alert matches the given query.\"}");
        assertThat(get("/alerts/999/").status()).isEqualTo(404);
    }

    @Test
    void bulkAndDelete() {
        assertThat(withKey("POST", "/alerts/bulk/", "{\"bulk_action\":\"resolve\",\"alerts\":[61,62]}").body())
                .isEqualTo("\"ok\"");
        assertThat(sim.alert(61).resolved()).isTrue();
        assertThat(withKey("POST", "/alerts/bulk/", "{\"bulk_action\":\"explode\",\"alerts\":[61]}").body())
                .isEqualTo("\"The request was invalid\"");
        assertThat(withKey("DELETE", "/alerts/61/", null).body()).isEqualTo("\"ok\"");
        assertThat(sim.alert(61)).isNull();
    }

    @Test
    void roleScopedUsersSeeTheirClientsAndAgentLessAlerts() {
        sim.addUser(new TacticalUser(40, "globex-only", "pw").role("can_list_alerts").viewClients(2));
        String token = sim.issueToken("globex-only");
        RawHttp.Response response = sendJson("PATCH", "/alerts/", "{}", "Authorization", "Token " + token);
        List<Integer> ids = new ArrayList<>();
        response.json().forEach(a -> ids.add(a.get("id").intValue()));
        assertThat(ids).containsExactly(58, 62, custom);
        assertThat(request("GET", "/alerts/61/", headers("Authorization", "Token " + token), null).status())
                .isEqualTo(403);
    }
}
