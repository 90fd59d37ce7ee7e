package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaniumSizesTest {

    @ParameterizedTest(name = "[{0}] → {1} GB")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "32768 MB   | 32.00",
        "16384 MB   | 16.00",
        "7941 MB    | 7.75",
        "8000 MB    | 7.81",
        "36 GB      | 36.00",
        "48 GB      | 48.00",
        "15.6 GB    | 15.60",
        "460G       | 460.00",
        "995G       | 995.00",
        "62G        | 62.00",
        "20G        | 20.00",
        "1.5 TB     | 1536.00",
        "2T         | 2048.00",
        "512 KB     | 0.00",
        "524288 KB  | 0.50",
        "16 GiB     | 16.00",
        "1073741824 B | 1.00",
        "32768mb    | 32.00",
        "' 36 GB '  | 36.00",
        "32768      | NULL",
        "''         | NULL",
        "NULL       | NULL",
        "Error: No inventory has been collected | NULL",
        "[no results] | NULL",
        "N/A on Linux | NULL",
        "lots       | NULL",
        "-5 GB      | NULL",
        "1,5 TB     | NULL",
        "16 Gi      | NULL",
    })
    void sizesBecomeDecimalGigabytes(String raw, String expected) {
        BigDecimal gb = TaniumSizes.gigabytes(raw);
        if (expected == null) {
            assertThat(gb).isNull();
        } else {
            assertThat(gb).isEqualTo(new BigDecimal(expected));
            assertThat(gb.scale()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "[{0}] → {1}%")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "37%     | 37",
        "24 %    | 24",
        "37.5%   | 38",
        "0%      | 0",
        "100%    | 100",
        "101%    | NULL",
        "37      | NULL",
        "[no results] | NULL",
        "NULL    | NULL",
    })
    void percentages(String raw, Integer expected) {
        assertThat(TaniumSizes.percent(raw)).isEqualTo(expected);
    }

    @Test
    void byteCounts() {
        assertThat(TaniumSizes.gigabytesFromBytes(17179869184L)).isEqualTo(new BigDecimal("16.00"));
        assertThat(TaniumSizes.gigabytesFromBytes(null)).isNull();
        assertThat(TaniumSizes.gigabytesFromBytes(-1L)).isNull();
    }
}
