package dev.tributary.simulator.tanium;

import static dev.tributary.simulator.tanium.TaniumTestClient.fixture;
import static dev.tributary.simulator.tanium.TaniumTestClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.simulator.MutableClock;
import dev.tributary.simulator.tanium.TaniumTestClient.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Filter semantics of {@code endpoints} and {@code computerGroups} over the fixture world. */
class TaniumFilterTest {

    private static final String CONTOSO = "30229";
    private static TaniumSimulator simulator;
    private static TaniumTestClient client;

    @BeforeAll
    static void start() {
        simulator = new TaniumSimulator(0, new MutableClock(Instant.parse("2026-08-21T14:00:00Z")),
                TaniumSimulatorConfig.defaults()).loadFixtures().start();
        client = new TaniumTestClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static Result query(Object filter) {
        return client.graphql(fixture("graphql/endpoints_inventory.graphql"), vars("first", 100, "after", null, "filter", filter));
    }

    private static List<String> ids(Object filter) {
        Result result = query(filter);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().has("errors")).as(result.body()).isFalse();
        List<String> ids = new ArrayList<>();
        result.json().at("/data/endpoints/edges").forEach(e -> ids.add(e.at("/node/id").asString()));
        assertThat(result.json().at("/data/endpoints/totalRecords").asInt()).isEqualTo(ids.size());
        assertThat(result.json().at("/data/endpoints/collectionInfo/contributedTotal").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private static String error(Object filter) {
        Result result = query(filter);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().at("/data/endpoints").isNull()).isTrue();
        return result.json().at("/errors/0/message").asString();
    }

    private static Map<String, Object> path(String path, String op, String value) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("path", path);
        filter.put("op", op);
        filter.put("value", value);
        return filter;
    }

    @Test
    void memberOfByIdOrNameAndIdWins() {
        assertThat(ids(Map.of("memberOf", Map.of("id", CONTOSO)))).containsExactly("20417", "20418", "20533", "20871", "21005");
        assertThat(ids(Map.of("memberOf", Map.of("name", "Contoso Ltd")))).hasSize(5);
        assertThat(ids(Map.of("memberOf", Map.of("id", "30233", "name", "Contoso Ltd"))))
                .containsExactly("20902", "20903", "20904", "20905");
        // the same endpoint is in several groups: a customer group, a MANUAL group, rule groups
        assertThat(ids(Map.of("memberOf", Map.of("id", "30412")))).containsExactly("21005");
        assertThat(ids(Map.of("memberOf", Map.of("name", "All Windows")))).containsExactly("20417", "20418", "21005", "20902");
        assertThat(ids(Map.of("memberOf", Map.of("id", "1")))).hasSize(9);
        // ALGA's form: memberOf with the defaults spelled out
        assertThat(ids(Map.of("memberOf", Map.of("id", CONTOSO), "op", "EQ", "negated", false, "any", false))).hasSize(5);
        assertThat(error(Map.of("memberOf", Map.of("id", "424242")))).contains("does not exist");
    }

    @Test
    void eidLastSeenComparesAsRfc3339Time() {
        assertThat(ids(path("eidLastSeen", "GT", "2026-08-21T13:00:00Z")))
                .containsExactly("20417", "20418", "20871", "20902", "20903");
        assertThat(ids(path("eidLastSeen", "GT", "2026-08-21T15:00:00+02:00")))
                .containsExactly("20417", "20418", "20871", "20902", "20903");
        assertThat(ids(path("eidLastSeen", "LT", "2026-08-01T00:00:00Z"))).containsExactly("20905");
        assertThat(ids(path("eidLastSeen", "GTE", "2026-08-21T13:51:02Z"))).containsExactly("20418");
        assertThat(error(path("eidLastSeen", "GT", "last tuesday"))).contains("RFC 3339");
        assertThat(error(path("eidLastSeen", "CONTAINS", "2026"))).contains("not valid");
    }

    @Test
    void compoundFiltersAndNegation() {
        Map<String, Object> incremental = Map.of("any", false, "filters", List.of(
                Map.of("memberOf", Map.of("id", CONTOSO)), path("eidLastSeen", "GT", "2026-08-21T13:00:00Z")));
        assertThat(ids(incremental)).containsExactly("20417", "20418", "20871");
        Map<String, Object> reversed = Map.of("filters", List.of(
                path("eidLastSeen", "GT", "2026-08-21T13:00:00Z"), Map.of("memberOf", Map.of("id", CONTOSO))));
        assertThat(ids(reversed)).containsExactly("20417", "20418", "20871");

        Map<String, Object> either = Map.of("any", true, "filters", List.of(
                path("os.platform", "EQ", "Mac"), path("name", "STARTS_WITH", "con-")));
        assertThat(ids(either)).containsExactly("20533", "20871");

        assertThat(ids(Map.of("memberOf", Map.of("id", CONTOSO), "negated", true)))
                .containsExactly("20902", "20903", "20904", "20905");
        Map<String, Object> notBoth = Map.of("negated", true, "filters", List.of(
                Map.of("memberOf", Map.of("id", CONTOSO)), path("isVirtual", "EQ", "true")));
        assertThat(ids(notBoth)).doesNotContain("20418", "20871").hasSize(7);
        assertThat(error(Map.of("path", "name", "value", "x", "memberOf", Map.of("id", CONTOSO)))).contains("only one");
    }

    @Test
    void stringOperators() {
        assertThat(ids(path("name", "EQ", "CON-MBP-0007"))).containsExactly("20533");
        assertThat(ids(path("name", "CONTAINS", "STUDIOS"))).containsExactly("20902");
        assertThat(ids(path("name", "ENDS_WITH", ".contoso.local"))).containsExactly("20417", "20418", "21005");
        assertThat(ids(path("os.name", "MATCHES", "^Cisco IOS"))).containsExactly("20903");
        assertThat(ids(path("name", "MATCHES", "(?i)ios"))).containsExactly("20902");
        assertThat(ids(path("os.platform", "EQ", "Unknown"))).containsExactly("20903", "20904");
        assertThat(error(path("name", "MATCHES", "(unclosed"))).contains("regular expression");
    }

    @Test
    void listNestedBooleanAndIntPaths() {
        assertThat(ids(path("macAddresses", "EQ", "a4:cf:99:3e:12:0b"))).containsExactly("20533");
        assertThat(ids(path("ipAddresses", "STARTS_WITH", "fe80::1c8e"))).containsExactly("20533");
        assertThat(ids(path("networking.adapters.macAddress", "EQ", "00:50:56:A3:1F:9C"))).containsExactly("20418");
        assertThat(ids(path("disks.name", "EQ", "D:"))).containsExactly("20418");
        assertThat(ids(path("isVirtual", "EQ", "true"))).containsExactly("20418", "20871", "20905");
        assertThat(ids(path("isEncrypted", "EQ", null))).containsExactly("21005", "20903");
        assertThat(ids(path("processor.logicalProcessors", "GTE", "12"))).containsExactly("20417", "20533", "21005", "20902");
        assertThat(error(path("isVirtual", "CONTAINS", "tr"))).contains("not valid");
        assertThat(error(path("processor.logicalProcessors", "GT", "many"))).contains("invalid filter value");
    }

    @Test
    void invalidPathsAreExecutionErrors() {
        assertThat(error(path("computerGroupMemberships", "EQ", "x"))).contains("invalid filter path");
        assertThat(error(path("os", "EQ", "Windows"))).contains("scalar");
        assertThat(error(path("os.name.length", "EQ", "1"))).contains("invalid filter path");
        assertThat(error(path("installedApplications.name", "EQ", "Slack"))).contains("arguments");
        assertThat(error(path("namespace", "EQ", ""))).contains("namespace");
        assertThat(error(path("name", "UPDATED_AFTER", "2026-01-01T00:00:00Z"))).contains("not supported");
    }

    @Test
    void sensorFilter() {
        assertThat(ids(Map.of("sensor", Map.of("name", "Is Mac"), "value", "True"))).containsExactly("20533");
        assertThat(error(Map.of("sensor", Map.of("name", "Custom Tag"), "value", "x")))
                .contains("must refer to an existing sensor");
    }

    @Test
    void sortByOnePath() {
        Result result = client.graphql("""
                query ($sort: [EndpointFieldSort!]) { endpoints(first: 3, sort: $sort) { edges { node { id } } } }""",
                vars("sort", List.of(Map.of("path", "eidLastSeen", "order", "desc"))));
        List<String> ids = new ArrayList<>();
        result.json().at("/data/endpoints/edges").forEach(e -> ids.add(e.at("/node/id").asString()));
        assertThat(ids).containsExactly("20418", "20871", "20417");
        Result twoSorts = client.graphql("query ($sort: [EndpointFieldSort!]) { endpoints(sort: $sort) { totalRecords } }",
                vars("sort", List.of(Map.of("path", "name"), Map.of("path", "id"))));
        assertThat(twoSorts.json().at("/errors/0/message").asString()).contains("at most one sort");
    }

    @Test
    void sourceArgument() {
        String query = "query ($source: EndpointSource) { endpoints(first: 50, source: $source) { totalRecords } }";
        assertThat(total(client.graphql(query, vars("source", Map.of("tds", Map.of("excludeNoResults", true)))))).isEqualTo(6);
        assertThat(total(client.graphql(query, vars("source", Map.of("tds", Map.of("namespaces", List.of("asset"))))))).isZero();
        assertThat(total(client.graphql(query, vars("source", Map.of("tds", Map.of("namespaces", List.of("")))))))
                .isEqualTo(9);
        Result both = client.graphql(query, vars("source", Map.of("tds", Map.of(), "ts", Map.of())));
        assertThat(both.json().at("/errors/0/message").asString()).contains("only one of tds or ts");
    }

    private static int total(Result result) {
        assertThat(result.json().has("errors")).as(result.body()).isFalse();
        return result.json().at("/data/endpoints/totalRecords").asInt();
    }

    @Test
    void computerGroupFilters() {
        assertThat(groupIds(Map.of("type", "MANUAL"))).containsExactly("30412");
        assertThat(groupIds(Map.of("filterEnabled", true))).containsExactly("5", "6", "7");
        assertThat(groupIds(Map.of("managementRightsEnabled", false))).isEmpty();
        assertThat(groupIds(Map.of("name", "Contoso", "nameOp", "CONTAINS"))).containsExactly("30229", "30412");
        assertThat(groupIds(Map.of("name", "Fabrikam Inc"))).containsExactly("30233");
        assertThat(groupIds(Map.of("name", "^All ", "nameOp", "MATCHES", "filterEnabled", true))).containsExactly("5", "6", "7");
    }

    private static List<String> groupIds(Map<String, Object> filter) {
        Result result = client.graphql(fixture("graphql/computer_groups.graphql"), vars("first", 500, "after", null,
                "filter", filter));
        assertThat(result.json().has("errors")).as(result.body()).isFalse();
        List<String> ids = new ArrayList<>();
        JsonNode connection = result.json().at("/data/computerGroups");
        connection.get("edges").forEach(e -> ids.add(e.at("/node/id").asString()));
        assertThat(connection.get("totalRecords").asInt()).isEqualTo(ids.size());
        return ids;
    }
}
