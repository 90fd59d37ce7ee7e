package dev.tributary.huntress.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.psa.Assets.AssetMatch;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Best-effort asset linking: a unique name match, or a unique serial among same-named assets, or nothing. */
class AssetMatcherTest {

    static final UUID CLIENT = UUID.randomUUID();

    static AssetMatch asset(String name, String serial) {
        return new AssetMatch(UUID.randomUUID(), name, serial, CLIENT);
    }

    @Test
    void oneAssetWithTheHostnameIsTheMatch() {
        AssetMatch only = asset("hv-ws-01", null);
        assertThat(AssetMatcher.match(List.of(only), "SN-1")).contains(only.id());
    }

    @Test
    void theSerialNumberBreaksATieIgnoringCase() {
        AssetMatch a = asset("HV-WS-01", "sn-1");
        AssetMatch b = asset("hv-ws-01", "SN-2");
        assertThat(AssetMatcher.match(List.of(a, b), "SN-1")).contains(a.id());
    }

    @Test
    void ambiguousOrMissingMatchesLinkNothing() {
        AssetMatch a = asset("HV-WS-01", "SN-1");
        AssetMatch b = asset("hv-ws-01", "SN-1");
        assertThat(AssetMatcher.match(List.of(a, b), "SN-1")).as("same serial twice").isEmpty();
        assertThat(AssetMatcher.match(List.of(a, asset("hv-ws-01", null)), null)).as("no serial to break the tie").isEmpty();
        assertThat(AssetMatcher.match(List.of(), "SN-1")).isEmpty();
    }
}
