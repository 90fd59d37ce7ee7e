package dev.tributary.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.DeviceSnapshot;
import dev.tributary.integration.IngestionFixtures;
import dev.tributary.psa.AgentStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private final UUID client = UUID.randomUUID();
    private final DeviceSnapshot base = IngestionFixtures.device("d1", "s1", "WS-01");

    @Test
    void equalSnapshotsHashEqually() {
        assertThat(ContentHash.of("p", client, base)).isEqualTo(ContentHash.of("p", client, IngestionFixtures.device("d1", "s1", "WS-01")));
    }

    @Test
    void anyChangeChangesTheHash() {
        String original = ContentHash.of("p", client, base);
        DeviceSnapshot renamed = new DeviceSnapshot("d1", "s1", base.lifecycle(), base.assetType(), "WS-02", base.serialNumber(),
                base.agentStatus(), base.lastSeenAt(), null, base.details(), base.metadata());
        DeviceSnapshot offline = new DeviceSnapshot("d1", "s1", base.lifecycle(), base.assetType(), base.name(), base.serialNumber(),
                AgentStatus.OFFLINE, base.lastSeenAt(), null, base.details(), base.metadata());
        assertThat(ContentHash.of("p", client, renamed)).isNotEqualTo(original);
        assertThat(ContentHash.of("p", client, offline)).isNotEqualTo(original);
        assertThat(ContentHash.of("p", UUID.randomUUID(), base)).as("another owning client").isNotEqualTo(original);
        assertThat(ContentHash.of("q", client, base)).as("another provider").isNotEqualTo(original);
    }

    /** Stored hashes must stay valid across releases: a changed value would rewrite every asset of every tenant once. */
    @Test
    void theHashOfAKnownSnapshotIsStable() {
        UUID fixedClient = UUID.fromString("5b0c8a52-3f4e-4d1a-9a61-0c2f1f6f4e11");
        assertThat(ContentHash.of("tacticalrmm", fixedClient, base)).isEqualTo("7410e10b56ded267e9f9ba36cf89b23f209a00a4739cf39aa3aa45a818b9b7bb");
    }

    @Test
    void mapOrderDoesNotMatter() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        DeviceSnapshot first = new DeviceSnapshot("d1", "s1", base.lifecycle(), base.assetType(), base.name(), null, null, null, null,
                null, ab);
        DeviceSnapshot second = new DeviceSnapshot("d1", "s1", base.lifecycle(), base.assetType(), base.name(), null, null, null, null,
                null, ba);
        assertThat(ContentHash.of("p", client, first)).isEqualTo(ContentHash.of("p", client, second));
    }
}
