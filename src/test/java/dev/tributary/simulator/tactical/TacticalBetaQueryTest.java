package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Beta pagination (§2.3), the agent filters (§2.4) and the {@code ?agent_id=} defect (§2.6). */
class TacticalBetaQueryTest extends TacticalTestSupport {

    private List<Integer> ids(JsonNode page) {
        List<Integer> ids = new ArrayList<>();
        page.get("results").forEach(r -> ids.add(r.get("id").intValue()));
        return ids;
    }

    private void addAgents(int count) {
        int site = sim.addSite(1, "Bulk").id();
        for (int i = 0; i < count; i++) {
            sim.addAgent(site, "BULK-" + i);
        }
    }

    @ParameterizedTest(name = "page_size={0} -> {1} per page")
    @CsvSource({"'', 100", "abc, 100", "0, 100", "-5, 100", "1.5, 100", "7, 7", "' 7 ', 7", "+7, 7", "1000, 1000",
        "1001, 1000", "999999999999999999999, 1000"})
    void pageSize(String raw, int expected) {
        addAgents(1100);
        String query = raw.isEmpty() ? "" : "?page_size=" + raw.replace(" ", "%20").replace("+", "%2B");
        JsonNode page = get("/beta/v1/agent/" + query).json();
        assertThat(page.get("count").intValue()).isEqualTo(1103);
        assertThat(page.get("results").size()).isEqualTo(expected);
    }

    @Test
    void invalidPagesAre404() {
        for (String page : List.of("99", "0", "-1", "abc", "1.0", "3")) {
            RawHttp.Response response = get("/beta/v1/agent/?page_size=2&page=" + page);
            assertThat(response.status()).as("page=%s", page).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid page.\"}");
        }
        assertThat(ids(get("/beta/v1/agent/?page_size=2&page=").json())).containsExactly(11, 12);
        assertThat(ids(get("/beta/v1/agent/?page_size=2&page=last").json())).containsExactly(13);
        assertThat(ids(get("/beta/v1/agent/?page_size=2&page=1&page=2").json())).as("last value wins")
                .containsExactly(13);
    }

    @Test
    void emptyResultFirstPageIsFine() {
        RawHttp.Response response = get("/beta/v1/agent/?hostname=nobody");
        assertThat(response.body()).isEqualTo("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}");
        assertThat(get("/beta/v1/agent/?hostname=nobody&page=2").status()).isEqualTo(404);
    }

    @Test
    void linksAreAbsoluteSortedAndPageTwoDropsPage() {
        addAgents(5);
        JsonNode page2 = getAsProduction("/beta/v1/agent/?zeta=1&page_size=2&ordering=-id&page=2&a=x%20y").json();
        assertThat(page2.get("next").stringValue()).isEqualTo(
                "https://rmm-api.example.com/beta/v1/agent/?a=x+y&ordering=-id&page=3&page_size=2&zeta=1");
        assertThat(page2.get("previous").stringValue()).isEqualTo(
                "https://rmm-api.example.com/beta/v1/agent/?a=x+y&ordering=-id&page_size=2&zeta=1");
        JsonNode page3 = getAsProduction("/beta/v1/agent/?page_size=2&page=3").json();
        assertThat(page3.get("previous").stringValue())
                .isEqualTo("https://rmm-api.example.com/beta/v1/agent/?page=2&page_size=2");
        JsonNode plain = request("GET", "/beta/v1/agent/?page_size=2", headers("Host", "localhost:9",
                "X-API-KEY", API_KEY), null).json();
        assertThat(plain.get("next").stringValue()).isEqualTo("http://localhost:9/beta/v1/agent/?page=2&page_size=2");
        sim.config().scheme("https");
        assertThat(get("/beta/v1/agent/?page_size=1").json().get("next").stringValue()).startsWith("https://127.0.0.1:");
    }

    @Test
    void clientListIgnoresPagingAndSiteListIgnoresClientFilters() {
        assertThat(get("/beta/v1/client/?page_size=1&page=7").json().size()).isEqualTo(3);
        JsonNode sites = get("/beta/v1/site/?client=2&client_id=2").json();
        assertThat(sites.get("count").intValue()).isEqualTo(5);
        assertThat(ids(get("/beta/v1/site/?search=o&ordering=-id").json())).containsExactly(5, 4, 2);
    }

    @Test
    void agentFilters() {
        assertThat(ids(get("/beta/v1/agent/?client_id=1").json())).containsExactly(11, 12);
        assertThat(ids(get("/beta/v1/agent/?client_id=0").json())).containsExactly(11, 12, 13);
        assertThat(ids(get("/beta/v1/agent/?client_id=").json())).containsExactly(11, 12, 13);
        assertThat(ids(get("/beta/v1/agent/?client_id=3").json())).isEmpty();
        assertThat(ids(get("/beta/v1/agent/?site=2").json())).containsExactly(12);
        assertThat(ids(get("/beta/v1/agent/?hostname=ACME-DC01").json())).containsExactly(11);
        assertThat(ids(get("/beta/v1/agent/?hostname=acme-dc01").json())).as("exact, case-sensitive").isEmpty();
        assertThat(ids(get("/beta/v1/agent/?plat=linux").json())).containsExactly(13);
        assertThat(ids(get("/beta/v1/agent/?monitoring_type=server&ordering=-id").json())).containsExactly(13, 11);
        assertThat(ids(get("/beta/v1/agent/?needs_reboot=true").json())).containsExactly(12);
        assertThat(ids(get("/beta/v1/agent/?needs_reboot=False").json())).containsExactly(11, 13);
        assertThat(ids(get("/beta/v1/agent/?needs_reboot=1").json())).as("1 is ignored").containsExactly(11, 12, 13);
        assertThat(ids(get("/beta/v1/agent/?logged_in_username=None").json())).containsExactly(11);
        assertThat(ids(get("/beta/v1/agent/?id=12").json())).containsExactly(12);
        assertThat(ids(get("/beta/v1/agent/?search=spool").json())).containsExactly(11, 12);
        assertThat(ids(get("/beta/v1/agent/?search=acme%20tacticalrmm").json())).containsExactly(11);
        assertThat(ids(get("/beta/v1/agent/?unknown=1&ordering=hostname").json())).containsExactly(11, 12, 13);
        assertThat(ids(get("/beta/v1/agent/?total_ram_range_min=1").json())).as("startswith on text")
                .containsExactly(12);
        assertThat(ids(get("/beta/v1/agent/?total_ram_range_max=4").json())).as("endswith on text")
                .containsExactly(11);
        assertThat(get("/beta/v1/agent/?total_ram_range_min=1&total_ram_range_max=99").status()).isEqualTo(500);
    }

    @Test
    void lastSeenRangeIsInclusive() {
        String ts = "2026-06-16T11:49:01.886498Z";
        assertThat(ids(get("/beta/v1/agent/?last_seen_range_after=" + ts).json())).containsExactly(11, 12);
        assertThat(ids(get("/beta/v1/agent/?last_seen_range_before=" + ts).json())).containsExactly(12, 13);
        assertThat(ids(get("/beta/v1/agent/?last_seen_range_after=" + ts + "&last_seen_range_before=" + ts).json()))
                .containsExactly(12);
        assertThat(ids(get("/beta/v1/agent/?last_seen_range_after=2026-06-16").json())).containsExactly(11, 12);
        assertThat(ids(get("/beta/v1/agent/?last_seen_range_after=2026-06-16%2013:49:01.886498%2B02:00").json()))
                .containsExactly(11, 12);
        sim.setLastSeen(12, null);
        assertThat(ids(get("/beta/v1/agent/?last_seen_range_before=2030-01-01").json())).containsExactly(11, 13);
    }

    @Test
    void invalidFilterValuesAre400WithFormErrors() {
        RawHttp.Response site = get("/beta/v1/agent/?site=999");
        assertThat(site.status()).isEqualTo(400);
        assertThat(site.body()).isEqualTo(
                "{\"site\":[\"Select a valid choice. That choice is not one of the available choices.\"]}");
        assertThat(get("/beta/v1/agent/?site=abc").status()).isEqualTo(400);
        assertThat(get("/beta/v1/agent/?plat=windowz").body()).isEqualTo(
                "{\"plat\":[\"Select a valid choice. windowz is not one of the available choices.\"]}");
        assertThat(get("/beta/v1/agent/?last_seen_range_after=yesterday&client_id=x&id=y").body()).isEqualTo(
                "{\"id\":[\"Enter a number.\"],\"last_seen_range\":[\"Enter a valid date/time.\"],"
                        + "\"client_id\":[\"Enter a number.\"]}");
        assertThat(ids(get("/beta/v1/agent/?policy=2").json())).isEmpty();
        assertThat(get("/beta/v1/agent/?policy=3").status()).isEqualTo(400);
    }

    @Test
    void agentIdFilterCrashesWithHtml500UnlessSwitchedOff() {
        RawHttp.Response crash = get("/beta/v1/agent/?agent_id=" + TacticalFixtures.ACME_DC01);
        assertThat(crash.status()).isEqualTo(500);
        assertThat(crash.header("Content-Type")).startsWith("text/html");
        assertThat(crash.body()).contains("<h1>Server Error (500)</h1>");
        assertThat(get("/beta/v1/agent/?agent_id=").status()).as("present but empty").isEqualTo(500);
        assertThat(get("/beta/v1/agent/?agent_id=x&site=999").status()).as("filters validate first").isEqualTo(400);
        assertThat(get("/beta/v1/agent/?agent_id=x&page=5").status()).as("pagination second").isEqualTo(404);
        assertThat(get("/beta/v1/agent/11/?agent_id=x").status()).as("detail route unaffected").isEqualTo(200);

        sim.config().agentIdFilterCrash(false);
        assertThat(ids(get("/beta/v1/agent/?agent_id=" + TacticalFixtures.ACME_DC01).json())).containsExactly(11);
    }

    @Test
    void betaIgnoresRoleScopingForListsAndAgentDetail() {
        sim.addUser(new TacticalUser(20, "scoped", "pw").role("can_list_agents", "can_list_clients", "can_list_sites")
                .viewClients(2));
        String token = sim.issueToken("scoped");
        List<java.util.Map.Entry<String, String>> auth = headers("Authorization", "Token " + token);
        assertThat(ids(request("GET", "/beta/v1/agent/", auth, null).json())).containsExactly(11, 12, 13);
        assertThat(request("GET", "/beta/v1/agent/11/", auth, null).status()).isEqualTo(200);
        assertThat(request("GET", "/beta/v1/client/", auth, null).json().size()).isEqualTo(3);
        assertThat(request("GET", "/beta/v1/client/1/", auth, null).status()).as("client detail is checked")
                .isEqualTo(403);
        assertThat(request("GET", "/agents/?detail=false", auth, null).json().size()).as("classic list is scoped")
                .isEqualTo(1);
    }

    @Test
    void viewsetMethodsAreLimitedToGetAndPut() {
        assertThat(sendJson("POST", "/beta/v1/agent/", "{}", "X-API-KEY", API_KEY).body())
                .isEqualTo("{\"detail\":\"Method \\\"POST\\\" not allowed.\"}");
        assertThat(request("HEAD", "/beta/v1/agent/", headers("X-API-KEY", API_KEY), null).status()).isEqualTo(405);
        assertThat(request("OPTIONS", "/beta/v1/agent/", headers("X-API-KEY", API_KEY), null).status()).isEqualTo(405);
        assertThat(request("GET", "/beta/v1/agent/", headers("X-API-KEY", API_KEY), null).header("Allow"))
                .isEqualTo("GET");
        assertThat(sendJson("PUT", "/beta/v1/agent/11/", "{}", "X-API-KEY", API_KEY).status())
                .as("the sync role cannot edit agents").isEqualTo(403);
        String admin = "Token " + sim.issueToken(TacticalFixtures.ADMIN_USER);
        assertThat(sendJson("PUT", "/beta/v1/agent/11/", "{\"description\":\"x\"}", "Authorization", admin).status())
                .as("PUT without ?agent_id= crashes").isEqualTo(500);
        RawHttp.Response put = sendJson("PUT", "/beta/v1/agent/11/?agent_id=" + TacticalFixtures.ACME_DC01,
                "{\"description\":\"x\"}", "Authorization", admin);
        assertThat(put.json().get("description").stringValue()).isEqualTo("x");
    }

    @Test
    void betaRootListsTheRoutes() {
        JsonNode root = getAsProduction("/beta/v1/").json();
        assertThat(root.toString()).isEqualTo("{\"agent\":\"https://rmm-api.example.com/beta/v1/agent/\","
                + "\"client\":\"https://rmm-api.example.com/beta/v1/client/\","
                + "\"site\":\"https://rmm-api.example.com/beta/v1/site/\"}");
    }
}
