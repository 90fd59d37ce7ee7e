package dev.tributary.tanium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.http.ProviderJson;
import dev.tributary.simulator.RecordedRequest;
import dev.tributary.simulator.tanium.TaniumComputerGroup;
import dev.tributary.simulator.tanium.TaniumSimulator;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tanium through the REST API against the simulator's fixture world: computer groups 30229 "Contoso Ltd"
 * (5 endpoints), 30233 "Fabrikam Inc" (4: a STUDIOS-PC, an IOS XE switch, an iPad, a Linux file server),
 * 30412 "Contoso - Break/Fix Hold" (21005, also in Contoso); Asset API rows for every endpoint plus two
 * endpoints that aged out before any sync and an Import-API printer.
 */
class TaniumSyncApiTest extends TaniumApiTestSupport {

    private static final Set<String> CONTOSO = Set.of("20417", "20418", "20533", "20871", "21005");
    private static final Set<String> FABRIKAM = Set.of("20902", "20903", "20904", "20905");

    ApiClient api;

    @BeforeEach
    void tenant() {
        api = newTenant(unique("Tanium MSP"));
        simulator.clearWorld().loadFixtures().clearRequests();
        connect(api);
    }

    private List<RecordedRequest> gatewayRequests() {
        return simulator.requests(r -> r.path().equals(TaniumSimulator.GATEWAY_PATH) && r.body().contains("TributaryEndpoints"));
    }

    @Test
    void computerGroupsBecomeMappingsAndKeepChoicesAcrossDiscovery() {
        var first = api.post("/api/v1/integrations/tanium/organizations/sync", null);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.json().path("total").asInt()).isEqualTo(7);
        var rows = organizations(api);
        assertThat(rows).extracting(r -> r.path("externalOrganizationId").asString())
                .containsExactlyInAnyOrder("1", "5", "6", "7", "30229", "30233", "30412");
        for (JsonNode row : rows) {
            assertThat(row.path("autoSyncAssets").booleanValue()).as("new groups sync assets once mapped").isTrue();
            assertThat(row.path("autoCreateTickets").booleanValue()).as("Tanium raises no tickets").isFalse();
            assertThat(row.path("clientId").isNull()).isTrue();
        }

        Map<String, String> mapped = mapGroups(api, Map.of("30233", "Fabrikam"));
        String fabrikamRow = rows.stream().filter(r -> r.path("externalOrganizationId").asString().equals("30233")).findFirst()
                .orElseThrow().path("id").asString();
        api.patch("/api/v1/integrations/tanium/organizations/" + fabrikamRow, Map.of("autoSyncAssets", false, "autoCreateTickets", true));

        simulator.addComputerGroup(new TaniumComputerGroup("30233", "Fabrikam Incorporated", "STANDARD", true, false,
                "Computer Name starts with FAB-"));
        simulator.removeComputerGroup("7");
        var again = api.post("/api/v1/integrations/tanium/organizations/sync", null);
        assertThat(again.json().path("created").asInt()).isZero();
        var fabrikam = organizations(api).stream().filter(r -> r.path("externalOrganizationId").asString().equals("30233"))
                .findFirst().orElseThrow();
        assertThat(fabrikam.path("externalOrganizationName").asString()).isEqualTo("Fabrikam Incorporated");
        assertThat(fabrikam.path("clientId").asString()).isEqualTo(mapped.get("30233"));
        assertThat(fabrikam.path("autoSyncAssets").booleanValue()).isFalse();
        assertThat(fabrikam.path("autoCreateTickets").booleanValue()).isTrue();
        assertThat(organizations(api)).as("a group gone from Tanium keeps its row").hasSize(7);
    }

    @Test
    void multiPageSyncOfSeveralGroupsWithAnEndpointInTwoGroups() {
        Map<String, String> clients = mapGroups(api, Map.of("30229", "Contoso", "30233", "Fabrikam", "30412", "Contoso"));
        patchSettings(api, Map.of("pageSize", 2));

        JsonNode run = succeeded(api, "full_sync");
        assertThat(count(run, "fetched")).isEqualTo(10);
        assertThat(count(run, "created")).isEqualTo(9);
        assertThat(count(run, "conflicts")).as("21005 is in Contoso and Break/Fix Hold: reported once").isEqualTo(1);
        assertThat(count(run, "requests")).as("3 + 2 + 1 pages").isEqualTo(6);
        assertThat(count(run, "failed")).isZero();
        assertThat(run.path("progress").path("done").asInt()).isEqualTo(10);
        assertThat(run.path("progress").path("total").asInt()).isEqualTo(10);

        Map<String, JsonNode> assets = assets(api);
        assertThat(assets.keySet()).containsExactlyInAnyOrderElementsOf(union(CONTOSO, FABRIKAM));
        JsonNode twoGroups = assets.get("21005");
        assertThat(twoGroups.path("rmmOrganizationId").asString()).as("the first group by id owns it").isEqualTo("30229");
        assertThat(twoGroups.path("clientId").asString()).isEqualTo(clients.get("30229"));
        assertThat(assets.get("20902").path("clientId").asString()).isEqualTo(clients.get("30233"));

        // What the Gateway was asked: the published field set, Cursor-typed pages of 2, one memberOf filter per group.
        List<RecordedRequest> requests = gatewayRequests();
        assertThat(requests).hasSize(6);
        for (RecordedRequest request : requests) {
            JsonNode body = ProviderJson.MAPPER.readTree(request.body());
            assertThat(body.path("variables").path("first").asInt()).isEqualTo(2);
            assertThat(body.path("variables").path("filter").path("memberOf").path("id").asString()).isIn("30229", "30233", "30412");
            assertThat(body.path("query").asString()).contains("$after: Cursor").doesNotContain("reportingConsoleURL");
            assertThat(request.header("session")).startsWith("token-");
            assertThat(request.status()).isEqualTo(200);
        }

        // A second full sync rewrites nothing and reports the same conflict once again.
        JsonNode again = succeeded(api, "full_sync");
        assertThat(count(again, "unchanged")).isEqualTo(9);
        assertThat(count(again, "created") + count(again, "updated")).isZero();
        assertThat(count(again, "conflicts")).isEqualTo(1);
        assertThat(assets(api)).hasSize(9);

        // The tenant's dashboard now draws the Tanium fleet bar with a link per agent status.
        String user = unique("dash");
        api.post("/api/v1/users", Map.of("username", user, "password", "dashboard-password", "role", "admin"));
        var dashboard = WebSession.signIn(port, user, "dashboard-password").get("/");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("class=\"bars\"").contains("/assets?provider=tanium&amp;agentStatus=");
    }

    @Test
    void aGeneratedFleetInPagesLargerThanACorrelationChunkIsMatchedCompletely() {
        simulator.clearWorld().generateFleet(3, 600, 7L);
        mapGroups(api, Map.of("40001", "Northwind", "40002", "Tailspin", "40003", "Wide World"));
        JsonNode first = succeeded(api, "full_sync");
        assertThat(count(first, "created")).isEqualTo(600);
        assertThat(count(first, "fetched") - count(first, "conflicts")).isEqualTo(600);
        assertThat(count(first, "requests")).as("one page per group").isEqualTo(3);
        JsonNode second = succeeded(api, "full_sync");
        assertThat(count(second, "created")).isZero();
        assertThat(count(second, "unchanged") + count(second, "updated")).isEqualTo(600);
        assertThat(count(second, "updated")).as("only agent statuses that crossed the online window").isLessThan(60);
        assertThat(api.get("/api/v1/assets?provider=tanium&limit=1").json().path("total").asInt()).isEqualTo(600);
    }

    @Test
    void realValuesAreNormalized() {
        mapGroups(api, Map.of("30229", "Contoso", "30233", "Fabrikam"));
        succeeded(api, "full_sync");
        Map<String, JsonNode> assets = assets(api);

        assertThat(type(assets, "20902")).as("FAB-STUDIOS-PC is a PC").isEqualTo("workstation");
        assertThat(type(assets, "20903")).as("Cisco IOS XE switch").isEqualTo("network_device");
        assertThat(type(assets, "20904")).as("iPad").isEqualTo("mobile_device");
        assertThat(type(assets, "20905")).as("Linux file server").isEqualTo("server");
        assertThat(type(assets, "20533")).as("macOS").isEqualTo("workstation");
        assertThat(type(assets, "20418")).as("Windows Server").isEqualTo("server");
        assertThat(assets.values()).allSatisfy(a -> assertThat(a.path("agentStatus").asString())
                .as("last seen months ago: offline, not online as the reference stored it").isEqualTo("offline"));

        JsonNode web = asset(api, assets.get("20871").path("id").asString());
        assertThat(web.path("name").asString()).isEqualTo("con-web-02");
        assertThat(web.path("details").path("ramGb").decimalValue()).isEqualByComparingTo("7.75");
        assertThat(web.path("details").path("currentUser").asString()).isEqualTo("ubuntu");
        assertThat(web.path("details").path("osType").asString()).isEqualTo("Linux");
        assertThat(web.path("lastSeenAt").asString()).isEqualTo("2026-08-21T13:49:40Z");

        JsonNode laptop = asset(api, assets.get("20417").path("id").asString());
        assertThat(laptop.path("serialNumber").asString()).isEqualTo("5Q1BPQ3");
        assertThat(laptop.path("details").path("ramGb").decimalValue()).isEqualByComparingTo("32");
        assertThat(laptop.path("details").path("diskUsage").get(0).path("totalGb").decimalValue()).isEqualByComparingTo("476");
        assertThat(laptop.path("details").path("diskUsage").get(0).path("utilizationPercent").asInt()).isEqualTo(37);
        assertThat(laptop.path("details").path("osVersion").asString()).isEqualTo("Windows 11 Enterprise 23H2");

        JsonNode sql = asset(api, assets.get("20418").path("id").asString());
        assertThat(sql.path("details").path("currentUser").asString()).as("not \"Error: No inventory has been collected\"")
                .isEqualTo("CONTOSO\\svc_sqladmin");
        JsonNode studio = asset(api, assets.get("20902").path("id").asString());
        assertThat(studio.path("details").path("installedSoftware").valueStream().map(s -> s.path("name").asString()).toList())
                .isNotEmpty().noneMatch(name -> name.startsWith("TSE-Error") || name.startsWith("Error"));
    }

    @Test
    void incrementalSyncRewritesOnlyTouchedEndpoints() {
        mapGroups(api, Map.of("30229", "Contoso", "30233", "Fabrikam"));
        patchSettings(api, Map.of("onlineWindowMinutes", 30));
        succeeded(api, "full_sync");
        Map<String, JsonNode> before = assets(api);
        simulator.clearRequests();

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        simulator.touchEndpoint("20417", now).touchEndpoint("20903", now);
        JsonNode run = succeeded(api, "incremental_sync");
        assertThat(count(run, "fetched")).isEqualTo(2);
        assertThat(count(run, "updated")).isEqualTo(2);
        assertThat(count(run, "created")).isZero();
        assertThat(count(run, "requests")).as("one page per group").isEqualTo(2);

        for (RecordedRequest request : gatewayRequests()) {
            JsonNode filter = ProviderJson.MAPPER.readTree(request.body()).path("variables").path("filter");
            assertThat(filter.path("any").booleanValue()).isFalse();
            assertThat(filter.path("filters").get(0).path("memberOf").path("id").asString()).isIn("30229", "30233");
            assertThat(filter.path("filters").get(1).path("path").asString()).isEqualTo("eidLastSeen");
            assertThat(filter.path("filters").get(1).path("op").asString()).isEqualTo("GT");
        }

        Map<String, JsonNode> after = assets(api);
        assertThat(after.get("20417").path("agentStatus").asString()).isEqualTo("online");
        assertThat(after.get("20417").path("lastSeenAt").asString()).isEqualTo(now.toString());
        assertThat(after.get("20903").path("agentStatus").asString()).isEqualTo("online");
        for (String untouched : List.of("20418", "20533", "20871", "21005", "20902", "20904", "20905")) {
            assertThat(after.get(untouched).path("lastRmmSyncAt").asString()).as(untouched + " was not rewritten")
                    .isEqualTo(before.get(untouched).path("lastRmmSyncAt").asString());
        }
    }

    @Test
    void agedOutEndpointsComeFromTheAssetApiWithoutDuplicates() {
        mapGroups(api, Map.of("30229", "Contoso"));
        patchSettings(api, Map.of("useAssetApiFallback", true, "markMissingInactive", true));

        JsonNode first = succeeded(api, "full_sync");
        assertThat(count(first, "created")).isEqualTo(5);
        assertThat(count(first, "assetApiRows")).as("9 Gateway endpoints, 2 aged out before any sync, 1 printer").isEqualTo(12);
        assertThat(count(first, "assetApiOnGateway")).as("rows of the five Contoso endpoints").isEqualTo(5);
        assertThat(count(first, "agedOut")).as("nothing synced before has aged out").isZero();
        assertThat(count(first, "assetApiUnmatched")).as("Fabrikam (unmapped), two never-synced aged-out endpoints, a printer")
                .isEqualTo(7);
        assertThat(assets(api).keySet()).containsExactlyInAnyOrderElementsOf(CONTOSO);
        List<RecordedRequest> assetCalls = simulator.requests(r -> r.path().equals(TaniumSimulator.ASSETS_PATH));
        assertThat(assetCalls).isNotEmpty().allSatisfy(r -> {
            assertThat(r.rawQuery()).contains("minimumAssetId=").contains("limit=");
            assertThat(r.header("session")).startsWith("token-");
        });

        simulator.removeFromGateway("20871");
        JsonNode second = succeeded(api, "full_sync");
        assertThat(count(second, "fetched")).isEqualTo(5);
        assertThat(count(second, "agedOut")).isEqualTo(1);
        assertThat(count(second, "assetApiOnGateway")).isEqualTo(4);
        assertThat(count(second, "markedInactive")).isZero();
        Map<String, JsonNode> assets = assets(api);
        assertThat(assets.keySet()).as("never a second asset for an endpoint").containsExactlyInAnyOrderElementsOf(CONTOSO);
        JsonNode agedOut = assets.get("20871");
        assertThat(agedOut.path("status").asString()).isEqualTo("active");
        assertThat(agedOut.path("agentStatus").asString()).isEqualTo("offline");
        assertThat(agedOut.path("rmmOrganizationId").asString()).isEqualTo("30229");
        assertThat(agedOut.path("name").asString()).isEqualTo("con-web-02");
        assertThat(agedOut.path("assetType").asString()).isEqualTo("server");

        patchSettings(api, Map.of("useAssetApiFallback", false));
        JsonNode third = succeeded(api, "full_sync");
        assertThat(count(third, "assetApiRows")).isZero();
        assertThat(count(third, "markedInactive")).as("without the fallback the aged-out endpoint is missing").isEqualTo(1);
        assertThat(assets(api).get("20871").path("status").asString()).isEqualTo("inactive");
    }

    @Test
    void anExpiredCursorRestartsTheGroupOnce() {
        mapGroups(api, Map.of("30229", "Contoso"));
        patchSettings(api, Map.of("pageSize", 2));
        simulator.clearRequests();
        simulator.latency(Duration.ofMillis(250));
        Thread expirer = expireCursorsAfter(n -> n == 1);
        JsonNode run = succeeded(api, "full_sync");
        expirer.interrupt();
        assertThat(count(run, "cursorRestarts")).isEqualTo(1);
        assertThat(count(run, "created")).isEqualTo(5);
        assertThat(count(run, "requests")).as("page 1, expired page 2, then pages 1-3 again").isEqualTo(5);
        assertThat(run.path("progress").path("done").asInt()).isEqualTo(5);
        assertThat(assets(api).keySet()).containsExactlyInAnyOrderElementsOf(CONTOSO);
    }

    @Test
    void aCursorThatExpiresAgainFailsTheGroupWithAClearError() {
        mapGroups(api, Map.of("30229", "Contoso", "30233", "Fabrikam"));
        patchSettings(api, Map.of("pageSize", 2, "markMissingInactive", true));
        succeeded(api, "full_sync");
        simulator.clearRequests();
        simulator.latency(Duration.ofMillis(250));
        Thread expirer = expireCursorsAfter(n -> n == 1 || n == 3);
        JsonNode run = run(api, "full_sync");
        expirer.interrupt();
        assertThat(run.path("state").asString()).isEqualTo("failed");
        assertThat(run.path("error").asString()).contains("1 of 2 computer group(s) could not be synced",
                "Computer group \"Contoso Ltd\" (30229)", "expired again", "no device was marked inactive");
        assertThat(count(run, "cursorRestarts")).isEqualTo(1);
        assertThat(count(run, "markedInactive")).isZero();
        assertThat(count(run, "unchanged")).as("Fabrikam was still synced").isGreaterThanOrEqualTo(4);
        var status = api.get("/api/v1/integrations/tanium").json();
        assertThat(status.path("syncStatus").asString()).isEqualTo("error");
        assertThat(status.path("syncError").asString()).contains("expired again");
        assertThat(assets(api).values()).allSatisfy(a -> assertThat(a.path("status").asString()).isEqualTo("active"));
    }

    /** Expires every cursor as soon as the simulator has answered a request count the predicate accepts. */
    private static Thread expireCursorsAfter(LongPredicate when) {
        AtomicBoolean[] fired = new AtomicBoolean[64];
        for (int k = 0; k < fired.length; k++) {
            fired[k] = new AtomicBoolean();
        }
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long n = simulator.requestCount();
                if (n < fired.length && when.test(n) && fired[(int) n].compareAndSet(false, true)) {
                    simulator.expireAllCursors();
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cursor-expirer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String type(Map<String, JsonNode> assets, String deviceId) {
        return assets.get(deviceId).path("assetType").asString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
