package dev.tributary.huntress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tributary.integration.ExternalEntities;
import dev.tributary.psa.AgentStatus;
import dev.tributary.psa.AssetType;
import dev.tributary.psa.AssetWrite;
import dev.tributary.psa.Assets;
import dev.tributary.simulator.huntress.HuntressAgent;
import dev.tributary.simulator.huntress.HuntressIncident;
import dev.tributary.simulator.huntress.HuntressOrganization;
import dev.tributary.simulator.huntress.HuntressRemediation;
import dev.tributary.simulator.huntress.HuntressSimulator;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Huntress end to end through the REST API against the Huntress simulator (on H2, and again on
 * PostgreSQL). The simulator runs on real time with a 3-second sliding window of 60 requests, and
 * the client's budget is configured for the same window, so rate limiting is exercised for real.
 */
@TestPropertySource(properties = {"tributary.huntress.rate-limit.window=3s", "tributary.huntress.rate-limit.limit=60"})
class HuntressEndToEndTest extends ApiTestSupport {

    static final Duration SIM_WINDOW = Duration.ofSeconds(3);

    @Autowired
    Assets assets;
    @Autowired
    ExternalEntities externalEntities;
    @Autowired
    JdbcClient jdbc;

    HuntressSimulator huntress;
    ApiClient api;
    UUID tenantId;
    Instant now;

    // Service-desk records of the tenant.
    String harborview;
    String triageClient;
    String securityBoard;
    String triageBoard;
    String securityClosed;
    String critical;
    String high;
    String medium;
    String category;
    String subcategory;

    @BeforeEach
    void start() {
        huntress = new HuntressSimulator(0, Clock.systemUTC(), HuntressSimulatorConfig.defaults().withRateLimit(60, SIM_WINDOW)
                .withRetryAfter(true)).start();
        api = newTenant(unique("Huntress MSP"));
        tenantId = UUID.fromString(api.get("/api/v1/me").text("tenantId"));
        now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        harborview = id(api.post("/api/v1/clients", Map.of("name", "Harborview Dental Group")));
        triageClient = id(api.post("/api/v1/clients", Map.of("name", "Triage Desk")));
        securityBoard = id(api.post("/api/v1/boards", Map.of("name", "Security")));
        triageBoard = id(api.post("/api/v1/boards", Map.of("name", "Triage")));
        securityClosed = status(securityBoard, "Closed");
        critical = id(api.post("/api/v1/priorities", Map.of("name", "Critical", "orderNumber", 1)));
        high = id(api.post("/api/v1/priorities", Map.of("name", "High", "orderNumber", 2)));
        medium = id(api.post("/api/v1/priorities", Map.of("name", "Medium", "orderNumber", 3)));
        category = id(api.post("/api/v1/categories", Map.of("name", "Security incident", "boardId", securityBoard)));
        subcategory = id(api.post("/api/v1/categories", Map.of("name", "Endpoint", "boardId", securityBoard, "parentId", category)));
    }

    @AfterEach
    void stop() {
        huntress.close();
    }

    // ================================================================ the seed's scenario

    @Test
    void incidentsBecomeRoutedTicketsThatFollowTheirIncident() {
        HuntressOrganization hv = org("Harborview Dental Group");
        HuntressOrganization stray = org("Stray Org Without Client");
        HuntressAgent host = agent(hv, "HV-WS-01", "SN-1");
        assets.insertAll(tenantId, List.of(asset(harborview, "hv-ws-01", "SN-1")));
        HuntressIncident mapped = incident(hv, host, "high", "sent", now.minus(Duration.ofHours(2)),
                List.of(remediation("Delete File", "unapproved")));
        HuntressIncident hostless = incident(stray, null, "critical", "sent", now.minus(Duration.ofHours(1)));
        HuntressIncident alreadyClosed = incident(hv, host, "low", "closed", now.minus(Duration.ofMinutes(50)));
        HuntressIncident deleting = incident(hv, host, "low", "deleting", now.minus(Duration.ofMinutes(40)));
        HuntressIncident tooOld = incident(hv, host, "high", "sent", now.minus(Duration.ofDays(10)));

        // Connect: live check, account captured, secrets masked, priorities pre-filled, organizations synced and auto-matched.
        var connected = connect(huntress.apiKey(), huntress.apiSecret());
        assertThat(connected.status()).as(connected.raw()).isEqualTo(200);
        JsonNode settings = connected.json().path("settings");
        assertThat(settings.path("accountName").asString()).isEqualTo("Northwind Managed Services");
        assertThat(settings.path("accountSubdomain").asString()).isEqualTo("northwind");
        assertThat(connected.json().path("credentials").path("apiKey").asString()).startsWith("••••");
        assertThat(connected.raw()).doesNotContain(huntress.apiSecret());
        JsonNode status = api.get("/api/v1/integrations/huntress").json();
        assertThat(status.path("settings").path("severityPriorityMap").path("critical").asString()).isEqualTo(critical);
        assertThat(status.path("settings").path("severityPriorityMap").path("high").asString()).isEqualTo(high);
        assertThat(status.path("settings").path("severityPriorityMap").path("low").asString()).isEqualTo(medium);
        JsonNode orgs = api.get("/api/v1/integrations/huntress/organizations").json().path("items");
        assertThat(orgs.size()).isEqualTo(2);
        JsonNode hvRow = row(orgs, hv.id);
        assertThat(hvRow.path("clientId").asString()).isEqualTo(harborview);
        assertThat(hvRow.path("autoMatched").booleanValue()).isTrue();
        assertThat(absent(row(orgs, stray.id).path("clientId"))).isTrue();

        // Polling stays inactive until the routing is complete, and makes no request meanwhile.
        long before = huntress.totalRequests();
        JsonNode skipped = poll();
        assertThat(skipped.path("state").asString()).isEqualTo("skipped");
        assertThat(skipped.path("skippedReason").asString()).contains("security board", "fallback client", "fallback (triage) board");
        assertThat(huntress.totalRequests()).isEqualTo(before);

        // Routing settings are validated.
        assertThat(patch(Map.of("boardId", UUID.randomUUID().toString())).text("field")).isEqualTo("boardId");
        assertThat(patch(Map.of("pollIntervalMinutes", 0)).text("field")).isEqualTo("pollIntervalMinutes");
        assertThat(patch(Map.of("incidentCursor", now.toString())).text("field")).isEqualTo("incidentCursor");
        var routed = routing();
        assertThat(routed.status()).as(routed.raw()).isEqualTo(200);
        assertThat(routed.json().path("details").path("routingComplete").booleanValue()).isTrue();

        // A second unknown organization appears in Huntress after the organization sync.
        HuntressOrganization late = org("Late Org");
        HuntressIncident discovered = incident(late, null, "low", "sent", now.minus(Duration.ofMinutes(30)));

        JsonNode first = poll();
        assertThat(first.path("state").asString()).as(first.toString()).isEqualTo("succeeded");
        JsonNode counts = first.path("counts");
        assertThat(counts.path("fetched").asInt()).isEqualTo(5);
        assertThat(counts.path("ticketsCreated").asInt()).isEqualTo(3);
        assertThat(counts.path("alertsRecorded").asInt()).isEqualTo(1);
        assertThat(counts.path("skipped").asInt()).isEqualTo(1);
        assertThat(counts.path("organizationsDiscovered").asInt()).isEqualTo(1);
        assertThat(counts.path("requests").asInt()).isBetween(2, 4);
        assertThat(first.path("progress").path("done").asInt()).isEqualTo(5);
        assertThat(first.path("progress").path("total").asInt()).isEqualTo(5);

        // The mapped incident: security board, priority by severity, category, mapped client, host details, asset link.
        JsonNode ticket = ticketOf(mapped.id);
        assertThat(ticket.path("clientId").asString()).isEqualTo(harborview);
        assertThat(ticket.path("boardId").asString()).isEqualTo(securityBoard);
        assertThat(ticket.path("priorityId").asString()).isEqualTo(high);
        assertThat(ticket.path("categoryId").asString()).isEqualTo(category);
        assertThat(ticket.path("subcategoryId").asString()).isEqualTo(subcategory);
        assertThat(ticket.path("title").asString()).isEqualTo("[Huntress] High — Incident on HV-WS-01 (Harborview Dental Group)");
        assertThat(ticket.path("body").asString()).contains("## Affected host", "`HV-WS-01`", "`SN-1`", "Delete File",
                "https://northwind.huntress.io/org/" + hv.id + "/infection_reports/" + mapped.id);
        assertThat(ticket.path("comments").size()).isEqualTo(1);
        assertThat(ticket.path("comments").get(0).path("internal").booleanValue()).isTrue();
        assertThat(ticket.path("comments").get(0).path("body").asString()).contains("Incident id: `" + mapped.id + "`");
        assertThat(ticket.path("assetIds").size()).isEqualTo(1);
        assertThat(externalEntities.findAsset(tenantId, "huntress", Long.toString(host.id)))
                .contains(UUID.fromString(ticket.path("assetIds").get(0).asString()));

        // The unmapped organization's host-less incident: fallback client and board, flagged, organization shown.
        JsonNode fallback = ticketOf(hostless.id);
        assertThat(fallback.path("clientId").asString()).isEqualTo(triageClient);
        assertThat(fallback.path("boardId").asString()).isEqualTo(triageBoard);
        assertThat(fallback.path("priorityId").asString()).isEqualTo(critical);
        assertThat(absent(fallback.path("categoryId"))).isTrue();
        assertThat(fallback.path("title").asString()).startsWith("[Huntress] [Unmapped Org] Critical — ");
        assertThat(fallback.path("body").asString()).contains("**Unmapped organization.**", "## Organization", "Stray Org Without Client")
                .doesNotContain("## Affected host");

        // The organization met only while polling was added unmapped, and its incident went to the fallback.
        JsonNode lateRow = row(api.get("/api/v1/integrations/huntress/organizations").json().path("items"), late.id);
        assertThat(lateRow.path("externalOrganizationName").asString()).isEqualTo("Late Org");
        assertThat(absent(lateRow.path("clientId"))).isTrue();
        assertThat(ticketOf(discovered.id).path("clientId").asString()).isEqualTo(triageClient);

        // Closed backfill: recorded only; deleting and too old: nothing.
        JsonNode alerts = api.get("/api/v1/alerts?provider=huntress").json();
        assertThat(alerts.path("total").asInt()).isEqualTo(4);
        JsonNode closedAlert = alert(alerts, alreadyClosed.id);
        assertThat(absent(closedAlert.path("ticketId"))).isTrue();
        assertThat(absent(alert(alerts, mapped.id).path("assetId"))).isFalse();
        assertThat(alert(alerts, mapped.id).path("deviceName").asString()).isEqualTo("HV-WS-01");
        assertThat(alert(alerts, deleting.id)).isNull();
        assertThat(alert(alerts, tooOld.id)).isNull();
        JsonNode afterFirst = api.get("/api/v1/integrations/huntress").json();
        assertThat(afterFirst.path("syncStatus").asString()).isEqualTo("completed");
        Instant cursor = Instant.parse(afterFirst.path("settings").path("incidentCursor").asString());
        assertThat(cursor).isEqualTo(discovered.updatedAt);

        // An update appends an internal note describing it; no second ticket.
        huntress.updateIncident(mapped.id, i -> {
            i.summary = "The SOC confirmed the payload was removed.";
            i.remediations.get(0).status = "completed";
        });
        JsonNode second = poll();
        assertThat(second.path("counts").path("notesAdded").asInt()).as(second.toString()).isEqualTo(1);
        assertThat(second.path("counts").path("ticketsCreated").asInt()).isZero();
        assertThat(api.get("/api/v1/tickets?source=huntress&sourceReference=" + mapped.id).json().path("total").asInt()).isEqualTo(1);
        JsonNode updated = ticketOf(mapped.id);
        assertThat(updated.path("comments").size()).isEqualTo(2);
        assertThat(lastComment(updated)).contains("SOC summary updated: The SOC confirmed the payload was removed.",
                "Remediation Delete File: `unapproved` → `completed`");
        assertThat(updated.path("closed").booleanValue()).isFalse();

        // Closing the incidents closes their tickets (auto-close on): the fallback ticket with its own board's closed status.
        huntress.updateIncident(mapped.id, i -> i.status = "closed");
        huntress.updateIncident(hostless.id, i -> i.status = "dismissed");
        JsonNode third = poll();
        assertThat(third.path("counts").path("ticketsClosed").asInt()).as(third.toString()).isEqualTo(2);
        JsonNode closed = ticketOf(mapped.id);
        assertThat(closed.path("closed").booleanValue()).isTrue();
        assertThat(closed.path("statusId").asString()).isEqualTo(securityClosed);
        assertThat(absent(closed.path("closedAt"))).isFalse();
        assertThat(lastComment(closed)).contains("Status: `sent` → `closed`", "the ticket was closed automatically");
        JsonNode closedFallback = ticketOf(hostless.id);
        assertThat(closedFallback.path("closed").booleanValue()).isTrue();
        assertThat(closedFallback.path("statusId").asString()).isEqualTo(status(triageBoard, "Closed"));

        // Nothing changed: nothing is written.
        JsonNode quiet = poll();
        assertThat(quiet.path("counts").path("notesAdded").asInt()).isZero();
        assertThat(quiet.path("counts").path("ticketsCreated").asInt()).isZero();
        assertThat(ticketOf(mapped.id).path("comments").size()).isEqualTo(3);
    }

    // ================================================================ rate limit

    @Test
    void aWorkloadOfMoreThanSixtyRequestsNeverDrawsA429() {
        // 70 organizations, each with 1,001 agents (only one real), and one incident on that agent: fetching
        // each agent by id (70 requests) is the cheapest way, so the poll needs more than 60 requests.
        List<HuntressIncident> incidents = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            HuntressOrganization org = new HuntressOrganization(0, huntress.accountId(), "Busy Org " + i, "busy-" + i);
            org.unmodeledAgents = 1_000;
            org = huntress.addOrganization(org);
            incidents.add(incident(org, agent(org, "BUSY-" + i, null), "low", "sent", now.minusSeconds(600 + i)));
        }
        assertThat(connect(huntress.apiKey(), huntress.apiSecret()).status()).isEqualTo(200);
        assertThat(routing().status()).isEqualTo(200);
        huntress.resetCounters();

        var run = api.post("/api/v1/integrations/huntress/runs", Map.of("kind", "poll"));
        assertThat(run.status()).isEqualTo(202);
        // Other work on the same account meanwhile (organization syncs) shares the budget.
        List<CompletableFuture<Integer>> syncs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            syncs.add(CompletableFuture.supplyAsync(() -> api.post("/api/v1/integrations/huntress/organizations/sync", null).status()));
        }
        JsonNode done = awaitRun(run.text("id"), Duration.ofSeconds(120));
        syncs.forEach(sync -> assertThat(sync.join()).isEqualTo(200));

        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.path("counts").path("ticketsCreated").asInt()).isEqualTo(70);
        assertThat(done.path("counts").path("requests").asInt()).isGreaterThan(60);
        assertThat(huntress.totalRequests()).isGreaterThan(60);
        assertThat(huntress.rateLimitedCount()).as("429s served").isZero();
        assertThat(huntress.requestCount("/v1/agents/" + incidents.get(0).agentId)).isEqualTo(1);
    }

    // ================================================================ credentials

    @Test
    void wrongCredentialsKeepTheCursorAndPollingRecoversOnceFixed() {
        HuntressOrganization hv = org("Harborview Dental Group");
        HuntressIncident first = incident(hv, null, "high", "sent", now.minus(Duration.ofMinutes(20)));
        assertThat(connect(huntress.apiKey(), huntress.apiSecret()).status()).isEqualTo(200);
        assertThat(routing().status()).isEqualTo(200);
        assertThat(poll().path("counts").path("ticketsCreated").asInt()).isEqualTo(1);
        String cursor = api.get("/api/v1/integrations/huntress").json().path("settings").path("incidentCursor").asString();
        assertThat(cursor).isEqualTo(first.updatedAt.toString());

        // The key is revoked in Huntress and a new pair issued; an incident arrives meanwhile.
        huntress.removeCredential(huntress.apiKey());
        huntress.addCredential(huntress.accountId(), "hk_rotated", "hs_rotated_secret", false);
        HuntressIncident during = incident(hv, null, "critical", "sent", now.minus(Duration.ofMinutes(5)));

        JsonNode failed = poll();
        assertThat(failed.path("state").asString()).isEqualTo("failed");
        assertThat(failed.path("error").asString()).contains("rejected the API key and secret").doesNotContain("hs_");
        JsonNode broken = api.get("/api/v1/integrations/huntress").json();
        assertThat(broken.path("syncStatus").asString()).isEqualTo("error");
        assertThat(broken.path("syncError").asString()).contains("rejected the API key and secret");
        assertThat(broken.path("settings").path("incidentCursor").asString()).isEqualTo(cursor);
        assertThat(api.get("/api/v1/tickets?source=huntress&sourceReference=" + during.id).json().path("total").asInt()).isZero();

        // A wrong pair is refused at connect and stores nothing.
        var refused = connect("hk_wrong", "hs_wrong");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("rejected the API key and secret");

        // Fixed: same account, so the cursor is kept and the poll picks up where it stopped.
        assertThat(connect("hk_rotated", "hs_rotated_secret").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/integrations/huntress").json().path("settings").path("incidentCursor").asString()).isEqualTo(cursor);
        JsonNode recovered = poll();
        assertThat(recovered.path("state").asString()).as(recovered.toString()).isEqualTo("succeeded");
        assertThat(recovered.path("counts").path("ticketsCreated").asInt()).isEqualTo(1);
        assertThat(ticketOf(during.id).path("priorityId").asString()).isEqualTo(critical);
        JsonNode healthy = api.get("/api/v1/integrations/huntress").json();
        assertThat(healthy.path("syncStatus").asString()).isEqualTo("completed");
        assertThat(absent(healthy.path("syncError"))).isTrue();

        // Connecting another Huntress account starts that account from its own backfill, not from this cursor.
        huntress.addAccount(48999, "Other MSP", "othermsp", "hk_other", "hs_other_secret");
        assertThat(connect("hk_other", "hs_other_secret").status()).isEqualTo(200);
        JsonNode other = api.get("/api/v1/integrations/huntress").json().path("settings");
        assertThat(other.path("accountSubdomain").asString()).isEqualTo("othermsp");
        assertThat(absent(other.path("incidentCursor"))).isTrue();
    }

    @Test
    void pollsAreScheduledEveryPollIntervalMinutes() {
        assertThat(connect(huntress.apiKey(), huntress.apiSecret()).status()).isEqualTo(200);
        String integrationId = api.get("/api/v1/integrations/huntress").json().path("integrationId").asString();
        Instant first = nextPoll(integrationId);
        assertThat(first).isBetween(Instant.now().plus(Duration.ofMinutes(4)), Instant.now().plus(Duration.ofMinutes(6)));
        assertThat(patch(Map.of("pollIntervalMinutes", 15)).status()).isEqualTo(200);
        assertThat(nextPoll(integrationId)).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(patch(Map.of("pollIntervalMinutes", 61)).text("field")).isEqualTo("pollIntervalMinutes");
        assertThat(api.delete("/api/v1/integrations/huntress/connection").status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like ?").param("%" + integrationId + ":poll")
                .query(Long.class).single()).as("no schedule once disconnected").isZero();
    }

    Instant nextPoll(String integrationId) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_instance like ?").param("%" + integrationId + ":poll")
                .query(java.time.OffsetDateTime.class).single().toInstant();
    }

    // ================================================================ helpers

    ApiClient.Response connect(String key, String secret) {
        return api.put("/api/v1/integrations/huntress/connection", Map.of("apiKey", key, "apiSecret", secret, "baseUrl",
                huntress.baseUrl()));
    }

    ApiClient.Response patch(Map<String, Object> patch) {
        return api.patch("/api/v1/integrations/huntress/settings", patch);
    }

    ApiClient.Response routing() {
        Map<String, Object> patch = new HashMap<>();
        patch.put("boardId", securityBoard);
        patch.put("categoryId", category);
        patch.put("subcategoryId", subcategory);
        patch.put("fallbackClientId", triageClient);
        patch.put("fallbackBoardId", triageBoard);
        patch.put("autoCloseTickets", true);
        patch.put("closedStatusId", securityClosed);
        return patch(patch);
    }

    JsonNode poll() {
        var run = api.post("/api/v1/integrations/huntress/runs", Map.of("kind", "poll"));
        assertThat(run.status()).as(run.raw()).isEqualTo(202);
        return awaitRun(run.text("id"), Duration.ofSeconds(90));
    }

    JsonNode awaitRun(String runId, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            String state = api.get("/api/v1/integrations/huntress/runs/" + runId).text("state");
            return !"queued".equals(state) && !"running".equals(state);
        });
        return api.get("/api/v1/integrations/huntress/runs/" + runId).json();
    }

    JsonNode ticketOf(long incidentId) {
        JsonNode list = api.get("/api/v1/tickets?source=huntress&sourceReference=" + incidentId).json();
        assertThat(list.path("total").asInt()).as("tickets of incident " + incidentId).isEqualTo(1);
        return api.get("/api/v1/tickets/" + list.path("items").get(0).path("id").asString()).json();
    }

    static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    static String lastComment(JsonNode ticket) {
        JsonNode comments = ticket.path("comments");
        return comments.get(comments.size() - 1).path("body").asString();
    }

    static JsonNode row(JsonNode organizations, long externalId) {
        return organizations.valueStream().filter(o -> o.path("externalOrganizationId").asString().equals(Long.toString(externalId)))
                .findFirst().orElseThrow();
    }

    static JsonNode alert(JsonNode alerts, long incidentId) {
        return alerts.path("items").valueStream().filter(a -> a.path("externalAlertId").asString().equals(Long.toString(incidentId)))
                .findFirst().orElse(null);
    }

    String status(String boardId, String name) {
        return api.get("/api/v1/boards/" + boardId + "/statuses").json().path("items").valueStream()
                .filter(s -> s.path("name").asString().equals(name)).findFirst().orElseThrow().path("id").asString();
    }

    HuntressOrganization org(String name) {
        return huntress.addOrganization(new HuntressOrganization(0, huntress.accountId(), name, name.toLowerCase().replace(' ', '-')));
    }

    HuntressAgent agent(HuntressOrganization org, String hostname, String serial) {
        HuntressAgent agent = new HuntressAgent(0, huntress.accountId(), org.id, hostname, "windows");
        agent.serialNumber = serial;
        agent.os = "Windows 11 Pro";
        agent.ipv4Address = "10.0.0.7";
        return huntress.addAgent(agent);
    }

    HuntressIncident incident(HuntressOrganization org, HuntressAgent agent, String severity, String status, Instant updatedAt) {
        return incident(org, agent, severity, status, updatedAt, List.of());
    }

    HuntressIncident incident(HuntressOrganization org, HuntressAgent agent, String severity, String status, Instant updatedAt,
                              List<HuntressRemediation> remediations) {
        HuntressIncident incident = new HuntressIncident();
        incident.remediations = new ArrayList<>(remediations);
        incident.accountId = huntress.accountId();
        incident.organizationId = org.id;
        incident.agentId = agent == null ? null : agent.id;
        incident.severity = severity;
        incident.status = status;
        incident.platform = agent == null ? "microsoft_365" : "windows";
        incident.subject = severity.toUpperCase() + " - Incident on " + (agent == null ? "j.doe@example.com" : agent.hostname)
                + " (" + org.name + ")";
        incident.summary = "SOC summary for " + incident.subject;
        incident.indicatorTypes = new ArrayList<>(List.of("footholds"));
        incident.indicatorCounts = new java.util.LinkedHashMap<>(Map.of("footholds", 1));
        incident.sentAt = updatedAt.minusSeconds(60);
        incident.statusUpdatedAt = updatedAt;
        incident.closedAt = "closed".equals(status) ? updatedAt : null;
        incident.updatedAt = updatedAt;
        return huntress.addIncident(incident);
    }

    static HuntressRemediation remediation(String action, String status) {
        HuntressRemediation remediation = new HuntressRemediation(0, "assisted", action, status);
        remediation.parameters = new ArrayList<>(List.of(new HuntressRemediation.Parameter("path", "c:\\temp\\evil.exe")));
        return remediation;
    }

    static AssetWrite asset(String clientId, String name, String serial) {
        return new AssetWrite(UUID.randomUUID(), UUID.fromString(clientId), AssetType.WORKSTATION, name, null, serial, AssetWrite.ACTIVE,
                null, null, null, null, AgentStatus.UNKNOWN, null, null, null, null);
    }
}
