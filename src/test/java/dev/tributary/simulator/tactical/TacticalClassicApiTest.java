package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The non-beta endpoints (§3.5, §5, §6, §7) and their role scoping. */
class TacticalClassicApiTest extends TacticalTestSupport {

    private List<String> hostnames(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.get("hostname").stringValue()));
        return names;
    }

    @Test
    void agentsTableFilters() {
        assertThat(hostnames(get("/agents/?monitoring_type=server").json())).containsExactly("ACME-DC01", "globex-web01");
        assertThat(hostnames(get("/agents/?site=2").json())).containsExactly("ACME-LT-042");
        assertThat(hostnames(get("/agents/?client=1&site=3").json())).as("site wins").containsExactly("globex-web01");
        assertThat(hostnames(get("/agents/?client=2").json())).containsExactly("globex-web01");
        RawHttp.Response bad = get("/agents/?monitoring_type=laptop");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("\"monitoring type does not exist\"");
        assertThat(get("/agents/?detail=nope").json().get(0).size()).as("anything but true is the short form")
                .isEqualTo(5);
        assertThat(get("/agents/?site=x").status()).isEqualTo(500);
    }

    @Test
    void agentsTablePolicyKeyOnlyWhenSet() {
        sim.updateAgent(12, a -> a.policy(2));
        JsonNode rows = get("/agents/").json();
        assertThat(rows.get(0).has("policy")).isFalse();
        List<String> keys = new ArrayList<>(rows.get(1).propertyNames());
        assertThat(keys.get(keys.indexOf("italic") + 1)).isEqualTo("policy");
        assertThat(rows.get(1).get("policy").intValue()).isEqualTo(2);
        assertThat(rows.get(0).has("id")).as("no integer ids in the table").isFalse();
    }

    @Test
    void agentDetailByAgentId() {
        JsonNode agent = get("/agents/" + TacticalFixtures.ACME_LT_042 + "/").json();
        assertThat(agent.has("id")).isFalse();
        assertThat(agent.has("serial_number")).isFalse();
        assertThat(agent.get("client").stringValue()).isEqualTo("Acme Corp");
        assertThat(agent.get("site_name").stringValue()).isEqualTo("Branch Office");
        assertThat(agent.get("site").intValue()).isEqualTo(2);
        assertThat(agent.get("status").stringValue()).isEqualTo("offline");
        assertThat(agent.get("local_ips").stringValue()).isEqualTo("192.168.20.57");
        assertThat(agent.get("all_timezones").size()).isGreaterThan(100);
        assertThat(agent.get("alert_template").get("name").stringValue()).isEqualTo("Default Webhook Template");
        assertThat(get("/agents/" + "Z".repeat(40) + "/").body())
                .isEqualTo("{\"detail\":\"No Agent matches the given query.\"}");
    }

    @Test
    void classicListsAreRoleScoped() {
        sim.addUser(new TacticalUser(50, "acme", "pw").role("can_list_agents", "can_list_clients", "can_list_sites",
                "can_list_software").viewClients(1));
        sim.addUser(new TacticalUser(51, "warehouse", "pw").role("can_list_clients", "can_list_sites").viewSites(5));
        List<Map.Entry<String, String>> acme = headers("Authorization", "Token " + sim.issueToken("acme"));
        List<Map.Entry<String, String>> warehouse = headers("Authorization", "Token " + sim.issueToken("warehouse"));

        assertThat(hostnames(request("GET", "/agents/", acme, null).json())).containsExactly("ACME-DC01", "ACME-LT-042");
        assertThat(request("GET", "/agents/" + TacticalFixtures.GLOBEX_WEB01 + "/", acme, null).status()).isEqualTo(403);
        assertThat(request("GET", "/software/", acme, null).json().size()).isEqualTo(2);
        assertThat(request("GET", "/software/" + TacticalFixtures.GLOBEX_WEB01 + "/", acme, null).status())
                .isEqualTo(403);
        assertThat(request("GET", "/clients/", acme, null).json().size()).isEqualTo(1);
        assertThat(request("GET", "/clients/2/", acme, null).status()).isEqualTo(403);
        assertThat(request("GET", "/clients/sites/", warehouse, null).json().get(0).get("name").stringValue())
                .isEqualTo("Warehouse");
        assertThat(request("GET", "/clients/sites/", warehouse, null).json().size()).isEqualTo(1);
    }

    @Test
    void clientsListAnnotationsFollowTheAgents() {
        sim.updateAgent(13, a -> a.maintenanceMode(true));
        JsonNode globex = get("/clients/").json().get(1);
        assertThat(globex.get("name").stringValue()).isEqualTo("Globex");
        assertThat(globex.get("maintenance_mode").booleanValue()).isTrue();
        assertThat(globex.get("sites").get(0).get("maintenance_mode").booleanValue()).isTrue();
        assertThat(globex.get("sites").get(1).get("maintenance_mode").booleanValue()).isFalse();
        sim.addClient("aardvark ltd");
        assertThat(get("/clients/").json().get(0).get("name").stringValue()).as("ordered by name")
                .isEqualTo("aardvark ltd");
        assertThat(get("/beta/v1/client/").json().get(0).get("name").stringValue()).isEqualTo("aardvark ltd");
    }

    @Test
    void softwareRefreshIsCountedAndFollowsTheAgent() {
        assertThat(sim.softwareRefreshCount()).isZero();
        get("/software/");
        get("/software/" + TacticalFixtures.ACME_DC01 + "/");
        assertThat(sim.softwareRefreshCount()).as("reads never refresh").isZero();

        RawHttp.Response ok = withKey("PUT", "/software/" + TacticalFixtures.ACME_DC01 + "/", null);
        assertThat(ok.body()).isEqualTo("\"ok\"");
        RawHttp.Response offline = withKey("PUT", "/software/" + TacticalFixtures.ACME_LT_042 + "/", null);
        assertThat(offline.status()).isEqualTo(400);
        assertThat(offline.body()).isEqualTo("\"Unable to contact the agent\"");
        RawHttp.Response linux = withKey("PUT", "/software/" + TacticalFixtures.GLOBEX_WEB01 + "/", null);
        assertThat(linux.body()).isEqualTo("\"Not available for linux\"");
        assertThat(sim.softwareRefreshCount()).isEqualTo(3);
        assertThat(awaitRecorded(r -> r.method().equals("PUT") && r.path().startsWith("/software/"), 3)).hasSize(3);
    }

    @Test
    void softwareEdits() {
        sim.setSoftware(13, List.of(new SoftwareItem("curl", "0 B", "", "8.5.0", "", "", "", "2026-6-09")));
        JsonNode inventory = get("/software/" + TacticalFixtures.GLOBEX_WEB01 + "/").json();
        assertThat(inventory.get("agent").intValue()).isEqualTo(13);
        assertThat(inventory.get("id").intValue()).isEqualTo(103);
        assertThat(inventory.get("software").get(0).get("install_date").stringValue()).isEqualTo("2026-6-09");
        sim.clearSoftware(11);
        assertThat(get("/software/" + TacticalFixtures.ACME_DC01 + "/").body()).isEqualTo("[]");
        assertThat(get("/software/").json().size()).isEqualTo(2);
    }

    @Test
    void versionIsTheFrontendVersionString() {
        assertThat(get("/core/version/").body()).isEqualTo("\"0.0.203\"");
        sim.config().frontendVersion("0.0.204");
        assertThat(get("/core/version/").body()).isEqualTo("\"0.0.204\"");
    }
}
