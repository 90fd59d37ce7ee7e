package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.integration.http.ProviderJson;
import dev.tributary.psa.AssetDetails.DiskUsage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaniumDisksTest {

    private static JsonNode json(String text) {
        return ProviderJson.MAPPER.readTree(text);
    }

    @Test
    void windowsAndUnixDisksInMixedUnits() {
        var disks = TaniumDisks.of(json("""
                [{"name":"C:","total":"476 GB","free":"301 GB","usedSpace":"175 GB","usedPercentage":"37%"},
                 {"name":"/","total":"995G","free":"796G","usedSpace":"199G","usedPercentage":"20%"}]"""));
        assertThat(disks).containsExactly(
                new DiskUsage("C:", new BigDecimal("476.00"), new BigDecimal("301.00"), 37),
                new DiskUsage("/", new BigDecimal("995.00"), new BigDecimal("796.00"), 20));
    }

    @Test
    void missingValuesAreDerivedWhenPossible() {
        var disks = TaniumDisks.of(json("""
                [{"name":"D:","total":"1 TB","free":null,"usedSpace":"256 GB","usedPercentage":null},
                 {"name":"E:","total":"100 GB","free":"25 GB","usedSpace":null,"usedPercentage":"[no results]"},
                 {"name":"F:","total":"100 GB","free":null,"usedSpace":null,"usedPercentage":null}]"""));
        assertThat(disks).containsExactly(
                new DiskUsage("D:", new BigDecimal("1024.00"), new BigDecimal("768.00"), 25),
                new DiskUsage("E:", new BigDecimal("100.00"), new BigDecimal("25.00"), 75),
                new DiskUsage("F:", new BigDecimal("100.00"), null, null));
    }

    @Test
    void disksWithoutNameOrSizeAreDropped() {
        var disks = TaniumDisks.of(json("""
                [{"name":"Error: No inventory has been collected","total":"40 GB","free":"1 GB"},
                 {"name":"C:","total":"[no results]","free":"1 GB"},
                 {"name":"/boot","total":"1G","free":"0.5G","usedPercentage":"50%"}]"""));
        assertThat(disks).extracting(DiskUsage::name).containsExactly("/boot");
    }

    @Test
    void nothingReadableMeansUnknownSoStoredDisksAreKept() {
        assertThat(TaniumDisks.of(null)).isNull();
        assertThat(TaniumDisks.of(json("null"))).isNull();
        assertThat(TaniumDisks.of(json("[]"))).isNull();
        assertThat(TaniumDisks.of(json("[{\"name\":\"C:\",\"total\":\"Error: x\"}]"))).isNull();
    }
}
