package dev.tributary.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A record of one tenant is invisible to another: 404 through the API, empty through the modules. */
class TenantIsolationTest extends ApiTestSupport {

    @Autowired Tickets tickets;
    @Autowired Assets assets;
    @Autowired Clients clients;
    @Autowired TicketSetup setup;

    @Test
    void everyRecordTypeIsTenantScoped() {
        ApiClient alice = newTenant(unique("Alice MSP"));
        ApiClient bob = newTenant(unique("Bob MSP"));
        UUID aliceTenant = UUID.fromString(alice.get("/api/v1/me").text("tenantId"));
        UUID bobTenant = UUID.fromString(bob.get("/api/v1/me").text("tenantId"));

        UUID client = UUID.fromString(id(alice.post("/api/v1/clients", Map.of("name", "Alice Client"))));
        UUID board = UUID.fromString(id(alice.post("/api/v1/boards", Map.of("name", "Alice Board"))));
        UUID priority = UUID.fromString(id(alice.post("/api/v1/priorities", Map.of("name", "High"))));
        UUID category = UUID.fromString(id(alice.post("/api/v1/categories", Map.of("name", "Alice Category"))));
        UUID status = UUID.fromString(alice.get("/api/v1/boards/" + board + "/statuses").json().path("items").get(0).path("id").asString());
        var ticket = tickets.createIdempotent(aliceTenant, new NewTicket("Alice ticket", null, client, board, null, priority, category,
                null, "test", "A-1", null));
        UUID asset = UUID.randomUUID();
        assets.insertAll(aliceTenant, List.of(new AssetWrite(asset, client, AssetType.WORKSTATION, "ALICE-PC", "tag", null, "active",
                null, "testrmm", "dev-1", "scope", AgentStatus.ONLINE, Instant.now(), Instant.now(), null, AssetDetails.empty())));

        // API level: ids of another tenant answer 404 and lists do not contain them.
        assertThat(bob.get("/api/v1/clients/" + client).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/boards/" + board).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/boards/" + board + "/statuses").status()).isEqualTo(404);
        assertThat(bob.post("/api/v1/boards/" + board + "/statuses", Map.of("name", "Sneaky", "isClosed", false)).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/tickets/" + ticket.ticketId()).status()).isEqualTo(404);
        assertThat(bob.patch("/api/v1/tickets/" + ticket.ticketId(), Map.of("statusId", status.toString())).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/assets/" + asset).status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/clients").json().path("total").asInt()).isZero();
        assertThat(bob.get("/api/v1/boards").json().path("total").asInt()).isZero();
        assertThat(bob.get("/api/v1/priorities").json().path("total").asInt()).isZero();
        assertThat(bob.get("/api/v1/categories").json().path("total").asInt()).isZero();
        assertThat(bob.get("/api/v1/tickets").json().path("total").asInt()).isZero();
        assertThat(bob.get("/api/v1/assets").json().path("total").asInt()).isZero();
        assertThat(bob.get("/api/v1/alerts").json().path("total").asInt()).isZero();
        assertThat(bob.post("/api/v1/categories", Map.of("name", "X", "parentId", category.toString())).status()).isEqualTo(422);

        // Module level: the same ids under Bob's tenant find nothing and cannot be written.
        assertThat(clients.find(bobTenant, client)).isEmpty();
        assertThat(setup.board(bobTenant, board)).isEmpty();
        assertThat(setup.status(bobTenant, status)).isEmpty();
        assertThat(setup.priority(bobTenant, priority)).isEmpty();
        assertThat(setup.category(bobTenant, category)).isEmpty();
        assertThat(tickets.find(bobTenant, ticket.ticketId())).isEmpty();
        assertThat(tickets.findBySource(bobTenant, "test", "A-1")).isEmpty();
        assertThat(assets.find(bobTenant, asset)).isEmpty();
        assertThatThrownBy(() -> tickets.addComment(bobTenant, ticket.ticketId(), "x", true, false, "bob"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.changeStatus(bobTenant, ticket.ticketId(), status)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.createIdempotent(bobTenant, new NewTicket("Bob", null, client, board, null, null, null, null,
                null, null, null))).isInstanceOf(InvalidFieldException.class);
        assertThat(assets.markInactive(bobTenant, List.of(asset), Instant.now())).isEqualTo(1);
        assertThat(assets.find(aliceTenant, asset).orElseThrow().status()).as("Bob's update touched nothing").isEqualTo("active");
        tickets.linkAsset(aliceTenant, ticket.ticketId(), asset);
        assertThatThrownBy(() -> tickets.linkAsset(bobTenant, ticket.ticketId(), asset)).isInstanceOf(NotFoundException.class);
    }
}
