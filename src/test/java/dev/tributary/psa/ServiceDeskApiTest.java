package dev.tributary.psa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ServiceDeskApiTest extends ApiTestSupport {

    @Autowired Tickets tickets;

    ApiClient api;
    UUID tenant;

    @BeforeEach
    void tenant() {
        api = newTenant(unique("Desk MSP"));
        tenant = UUID.fromString(api.get("/api/v1/me").text("tenantId"));
    }

    @Test
    void aNewBoardGetsAnOpenDefaultStatusAndAClosedOne() {
        var board = api.post("/api/v1/boards", Map.of("name", "Security", "isDefault", true));
        assertThat(board.status()).isEqualTo(201);
        assertThat(board.json().path("isDefault").booleanValue()).isTrue();
        var statuses = api.get("/api/v1/boards/" + board.text("id") + "/statuses").json().path("items");
        assertThat(statuses.size()).isEqualTo(2);
        assertThat(statuses.get(0).path("name").asString()).isEqualTo("New");
        assertThat(statuses.get(0).path("isDefault").booleanValue()).isTrue();
        assertThat(statuses.get(0).path("isClosed").booleanValue()).isFalse();
        assertThat(statuses.get(1).path("name").asString()).isEqualTo("Closed");
        assertThat(statuses.get(1).path("isClosed").booleanValue()).isTrue();

        var resolved = api.post("/api/v1/boards/" + board.text("id") + "/statuses", Map.of("name", "Resolved", "isClosed", true));
        assertThat(resolved.status()).isEqualTo(201);
        assertThat(resolved.text("boardId")).isEqualTo(board.text("id"));
        assertThat(api.post("/api/v1/boards/" + board.text("id") + "/statuses", Map.of("name", "X")).status())
                .as("isClosed is required").isEqualTo(422);
    }

    @Test
    void prioritiesAndCategoriesWithSubcategories() {
        var low = api.post("/api/v1/priorities", Map.of("name", "Low", "orderNumber", 40));
        var critical = api.post("/api/v1/priorities", Map.of("name", "Critical", "orderNumber", 10));
        assertThat(low.json().path("orderNumber").asInt()).isEqualTo(40);
        var list = api.get("/api/v1/priorities").json().path("items");
        assertThat(list.get(0).path("id").asString()).isEqualTo(critical.text("id"));

        String board = id(api.post("/api/v1/boards", Map.of("name", "Support")));
        var category = api.post("/api/v1/categories", Map.of("name", "Security", "boardId", board));
        var sub = api.post("/api/v1/categories", Map.of("name", "Malware", "parentId", category.text("id")));
        assertThat(sub.status()).isEqualTo(201);
        assertThat(sub.text("parentId")).isEqualTo(category.text("id"));
        assertThat(sub.text("boardId")).as("inherits the parent's board").isEqualTo(board);
        var nested = api.post("/api/v1/categories", Map.of("name", "Too deep", "parentId", sub.text("id")));
        assertThat(nested.status()).isEqualTo(422);
        assertThat(nested.text("field")).isEqualTo("parentId");
        assertThat(api.post("/api/v1/categories", Map.of("name", "X", "boardId", UUID.randomUUID().toString())).text("field"))
                .isEqualTo("boardId");
    }

    @Test
    void ticketsListFilterAndCloseThroughTheStatus() {
        UUID client = UUID.fromString(id(api.post("/api/v1/clients", Map.of("name", "Acme"))));
        UUID other = UUID.fromString(id(api.post("/api/v1/clients", Map.of("name", "Globex"))));
        UUID board = UUID.fromString(id(api.post("/api/v1/boards", Map.of("name", "Security"))));
        var created = tickets.createIdempotent(tenant, new NewTicket("Malware on WS-01", "Details", client, board, null, null, null,
                null, "huntress", "5519023", Map.of()));
        tickets.createIdempotent(tenant, new NewTicket("Other", null, other, board, null, null, null, null, null, null, null));
        tickets.addComment(tenant, created.ticketId(), "Internal note", true, true, "huntress");

        var bySource = api.get("/api/v1/tickets?source=huntress&sourceReference=5519023").json();
        assertThat(bySource.path("total").asInt()).isEqualTo(1);
        var item = bySource.path("items").get(0);
        assertThat(item.path("statusName").asString()).isEqualTo("New");
        assertThat(item.path("closed").booleanValue()).isFalse();
        assertThat(item.path("ticketNumber").asLong()).isEqualTo(created.ticketNumber());
        assertThat(item.has("body")).as("lists carry no body").isFalse();
        assertThat(api.get("/api/v1/tickets?clientId=" + other).json().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/tickets?limit=1").json().path("items").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/tickets?limit=1").json().path("total").asInt()).isEqualTo(2);

        var detail = api.get("/api/v1/tickets/" + created.ticketId()).json();
        assertThat(detail.path("body").asString()).isEqualTo("Details");
        assertThat(detail.path("comments").get(0).path("internal").booleanValue()).isTrue();
        assertThat(detail.path("comments").get(0).path("systemGenerated").booleanValue()).isTrue();
        assertThat(detail.path("assetIds").isArray()).isTrue();

        String closedStatus = api.get("/api/v1/boards/" + board + "/statuses").json().path("items").get(1).path("id").asString();
        var closed = api.patch("/api/v1/tickets/" + created.ticketId(), Map.of("statusId", closedStatus));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("closed").booleanValue()).isTrue();
        assertThat(closed.json().path("closedAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/tickets?closed=true").json().path("total").asInt()).isEqualTo(1);

        String otherBoard = id(api.post("/api/v1/boards", Map.of("name", "Triage")));
        String foreignStatus = api.get("/api/v1/boards/" + otherBoard + "/statuses").json().path("items").get(0).path("id").asString();
        var refused = api.patch("/api/v1/tickets/" + created.ticketId(), Map.of("statusId", foreignStatus));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("statusId");

        String reopen = api.get("/api/v1/boards/" + board + "/statuses").json().path("items").get(0).path("id").asString();
        var reopened = api.patch("/api/v1/tickets/" + created.ticketId(), Map.of("statusId", reopen));
        assertThat(reopened.json().path("closedAt").isMissingNode() || reopened.json().path("closedAt").isNull()).isTrue();
    }

    @Test
    void techniciansCanWorkTickets() {
        UUID client = UUID.fromString(id(api.post("/api/v1/clients", Map.of("name", "Acme"))));
        UUID board = UUID.fromString(id(api.post("/api/v1/boards", Map.of("name", "Support"))));
        var ticket = tickets.createIdempotent(tenant, new NewTicket("Printer", null, client, board, null, null, null, null, null, null, null));
        ApiClient technician = api.withToken(api.post("/api/v1/tokens", Map.of("name", "tech", "role", "technician")).text("apiKey"));
        String closed = api.get("/api/v1/boards/" + board + "/statuses").json().path("items").get(1).path("id").asString();
        assertThat(technician.patch("/api/v1/tickets/" + ticket.ticketId(), Map.of("statusId", closed)).status()).isEqualTo(200);
        assertThat(technician.post("/api/v1/boards", Map.of("name", "Nope")).status()).isEqualTo(403);
    }
}
