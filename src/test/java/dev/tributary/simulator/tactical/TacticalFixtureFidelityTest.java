package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The fixture world served by the simulator equals the fixture files: same values, same key order,
 * same types and the same omitted keys.
 */
class TacticalFixtureFidelityTest extends TacticalTestSupport {

    private JsonNode ok(RawHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        return response.json();
    }

    @Test
    void betaClientsArePlainArrayOrderedByNameAndCompact() {
        RawHttp.Response response = get("/beta/v1/client/?page=2&page_size=1");
        assertSameJson(ok(response), fixture("beta_clients.json"));
        // compact DRF rendering: exactly Jackson's compact form of the fixture (no floats in it)
        assertThat(response.body()).isEqualTo(RawHttp.JSON.writeValueAsString(fixture("beta_clients.json")));
    }

    @Test
    void betaClientDetail() {
        assertSameJson(ok(get("/beta/v1/client/1/")), fixture("beta_client_detail.json"));
    }

    @Test
    void betaSitesPagesWithAbsoluteLinks() {
        assertSameJson(ok(getAsProduction("/beta/v1/site/?page_size=2")), fixture("beta_sites_page1.json"));
        assertSameJson(ok(getAsProduction("/beta/v1/site/?page=3&page_size=2")), fixture("beta_sites_page3.json"));
    }

    @Test
    void betaAgentListPages() {
        assertSameJson(ok(getAsProduction("/beta/v1/agent/?page_size=2")), fixture("beta_agents_page1.json"));
        assertSameJson(ok(getAsProduction("/beta/v1/agent/?page=2&page_size=2")), fixture("beta_agents_page2.json"));
    }

    @Test
    void betaAgentListRowsHaveNoStatusAndNoDerivedFields() {
        JsonNode row = ok(get("/beta/v1/agent/")).get("results").get(0);
        for (String absent : new String[] {"status", "cpu_model", "local_ips", "make_model", "physical_disks",
            "serial_number", "graphics", "checks", "hex_mesh_node_id"}) {
            assertThat(row.has(absent)).as(absent).isFalse();
        }
        assertThat(row.get("services").isArray()).isTrue();
        assertThat(row.get("wmi_detail").isObject()).isTrue();
    }

    @Test
    void betaAgentDetailWindowsAndLinux() {
        assertSameJson(ok(get("/beta/v1/agent/11/")), fixture("beta_agent_detail.json"));
        assertSameJson(ok(get("/beta/v1/agent/13/")), fixture("beta_agent_detail_linux.json"));
        JsonNode detail = ok(get("/beta/v1/agent/12/"));
        assertThat(detail.get("status").stringValue()).isEqualTo("offline");
        assertThat(detail.get("make_model").stringValue()).isEqualTo("LENOVO ThinkPad T14 Gen 4");
        assertThat(detail.has("id")).isFalse();
        assertThat(detail.has("created_time")).isFalse();
    }

    @Test
    void bootTimeIsWrittenLikePythonFloats() {
        assertThat(get("/beta/v1/agent/11/").body()).contains("\"boot_time\":1749525164.0,");
    }

    @Test
    void agentsTableAndHostnames() {
        assertSameJson(ok(get("/agents/")), fixture("agents_table.json"));
        assertSameJson(ok(get("/agents/?detail=false")), fixture("agents_hostnames.json"));
    }

    @Test
    void clientsAndSites() {
        assertSameJson(ok(get("/clients/")), fixture("clients.json"));
        assertSameJson(ok(get("/clients/sites/")), fixture("clients_sites.json"));
    }

    @Test
    void clientDetailLacksListAnnotationsButNestedSitesKeepThem() {
        JsonNode client = ok(get("/clients/1/"));
        assertThat(client.has("agent_count")).isFalse();
        assertThat(client.has("maintenance_mode")).isFalse();
        assertThat(client.get("sites").get(0).has("agent_count")).isTrue();
        assertThat(ok(get("/clients/sites/1/")).has("agent_count")).isFalse();
    }

    @Test
    void alertsPatchBothModes() {
        assertSameJson(ok(withKey("PATCH", "/alerts/",
                "{\"snoozedFilter\":false,\"resolvedFilter\":false,\"timeFilter\":30}")),
                fixture("alerts_patch_response.json"));
        assertSameJson(ok(withKey("PATCH", "/alerts/", "{\"top\":10}")), fixture("alerts_patch_top_response.json"));
        assertSameJson(ok(get("/alerts/49/")), fixture("alert_detail_resolved.json"));
    }

    @Test
    void software() {
        assertSameJson(ok(get("/software/")), fixture("software.json"));
        assertSameJson(ok(get("/software/" + TacticalFixtures.ACME_DC01 + "/")), fixture("software_agent.json"));
        RawHttp.Response empty = get("/software/" + TacticalFixtures.GLOBEX_WEB01 + "/");
        assertSameJson(ok(empty), fixture("software_agent_empty.json"));
        assertThat(empty.body()).isEqualTo("[]");
    }

    @Test
    void apiKeysAlertTemplatesAndUrlActions() {
        String admin = sim.issueToken(TacticalFixtures.ADMIN_USER);
        assertSameJson(ok(request("GET", "/accounts/apikeys/", headers("Authorization", "Token " + admin), null)),
                fixture("api_keys.json"));
        assertSameJson(ok(get("/alerts/templates/")), fixture("alert_templates.json"));
        assertSameJson(ok(request("GET", "/core/urlaction/", headers("Authorization", "Token " + admin), null))
                .get(0), fixture("url_action_rest.json"));
    }

    @Test
    void errorBodies() {
        RawHttp.Response none = request("GET", "/beta/v1/agent/", headers(), null);
        assertThat(none.status()).isEqualTo(401);
        assertSameJson(none.json(), fixture("error_401_not_provided.json"));
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Token");

        RawHttp.Response invalid = request("GET", "/beta/v1/agent/", headers("X-API-KEY", "NOPE"), null);
        assertSameJson(invalid.json(), fixture("error_401_invalid_token.json"));

        sim.addApiKey("EXPIREDKEY000000000000000000000", "old", TacticalFixtures.SYNC_USER,
                TacticalSimulator.FIXTURE_NOW.minusSeconds(1));
        RawHttp.Response expired = request("GET", "/beta/v1/agent/", headers("X-API-KEY",
                "EXPIREDKEY000000000000000000000"), null);
        assertThat(expired.status()).isEqualTo(401);
        assertSameJson(expired.json(), fixture("error_401_apikey_expired.json"));

        sim.updateUser(TacticalFixtures.SYNC_USER, u -> u.active(false));
        RawHttp.Response inactive = get("/beta/v1/agent/");
        assertThat(inactive.status()).isEqualTo(401);
        assertSameJson(inactive.json(), fixture("error_401_user_inactive.json"));
        sim.updateUser(TacticalFixtures.SYNC_USER, u -> u.active(true));

        RawHttp.Response forbidden = get("/accounts/apikeys/");
        assertThat(forbidden.status()).isEqualTo(403);
        assertSameJson(forbidden.json(), fixture("error_403_forbidden.json"));

        RawHttp.Response page = get("/beta/v1/agent/?page=99");
        assertThat(page.status()).isEqualTo(404);
        assertSameJson(page.json(), fixture("error_404_invalid_page.json"));

        RawHttp.Response noAgent = get("/software/" + "X".repeat(40) + "/");
        assertThat(noAgent.status()).isEqualTo(404);
        assertSameJson(noAgent.json(), fixture("error_404_no_agent.json"));
        assertSameJson(get("/beta/v1/agent/999/").json(), fixture("error_404_no_agent.json"));
        assertThat(get("/beta/v1/agent/abc/").body()).isEqualTo("{\"detail\":\"Not found.\"}");
    }

    @Test
    void loginResponses() {
        RawHttp.Response totp = sendJson("POST", "/v2/checkcreds/", "{\"username\":\"apiuser\",\"password\":\""
                + TacticalFixtures.TOTP_PASSWORD + "\"}");
        assertSameJson(totp.json(), fixture("checkcreds_totp.json"));

        RawHttp.Response noTotp = sendJson("POST", "/v2/checkcreds/", "{\"username\":\"tech\",\"password\":\""
                + TacticalFixtures.NO_TOTP_PASSWORD + "\"}");
        assertSameShape(noTotp.json(), fixture("checkcreds_no_totp.json"), "$");
        assertThat(noTotp.json().get("token").stringValue()).matches("[0-9a-f]{64}");
        assertThat(noTotp.json().get("expiry").stringValue()).isEqualTo("2026-06-16T12:03:00Z");

        RawHttp.Response bad = sendJson("POST", "/v2/checkcreds/", "{\"username\":\"apiuser\",\"password\":\"x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo(fixtureText("bad_credentials_string.json").strip());

        RawHttp.Response login = sendJson("POST", "/v2/login/", "{\"username\":\"apiuser\",\"password\":\""
                + TacticalFixtures.TOTP_PASSWORD + "\",\"twofactor\":\"" + sim.totpCode("apiuser") + "\"}");
        assertThat(login.status()).isEqualTo(200);
        assertSameShape(login.json(), fixture("login_ok.json"), "$");
        assertThat(login.json().get("expiry").stringValue()).isEqualTo("2026-06-16T17:00:00Z");
        assertThat(login.json().get("username").stringValue()).isEqualTo("apiuser");

        RawHttp.Response wrong = sendJson("POST", "/v2/login/", "{\"username\":\"apiuser\",\"password\":\"nope\","
                + "\"twofactor\":\"123456\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertSameJson(wrong.json(), fixture("login_bad_creds.json"));
    }

    @Test
    void throttledLogin() {
        sim.config().loginThrottle(true);
        RawHttp.Response last = null;
        for (int i = 0; i < 11; i++) {
            last = sendJson("POST", "/v2/checkcreds/", "{\"username\":\"apiuser\",\"password\":\"x\"}");
        }
        assertThat(last.status()).isEqualTo(429);
        assertSameShape(last.json(), fixture("error_429_throttled.json"), "$");
        assertThat(last.json().get("detail").stringValue())
                .isEqualTo("Request was throttled. Expected available in 60 seconds.");
        assertThat(last.header("Retry-After")).isEqualTo("60");
        clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(sendJson("POST", "/v2/checkcreds/", "{\"username\":\"apiuser\",\"password\":\"x\"}").status())
                .isEqualTo(400);
    }
}
