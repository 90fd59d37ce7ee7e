package dev.tributary.tanium.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaniumValuesTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Error: No inventory has been collected | NULL",
        "error: something                        | NULL",
        "TSE-Error: Failed to send to sensor child process: timed out | NULL",
        "[no results]                            | NULL",
        "[No Results]                            | NULL",
        "[current result unavailable]            | NULL",
        "N/A on Linux                            | NULL",
        "N/A                                     | NULL",
        "''                                      | NULL",
        "'   '                                   | NULL",
        "NULL                                    | NULL",
        "Jane Doe                                | Jane Doe",
        "'  CONTOSO\\jdoe  '                     | CONTOSO\\jdoe",
        "Errorless Corp                          | Errorless Corp",
        "NAS-01                                  | NAS-01",
        "Nathan                                  | Nathan",
        "[draft] notes                           | [draft] notes",
    })
    void placeholdersBecomeAbsent(String raw, String expected) {
        assertThat(TaniumValues.clean(raw)).isEqualTo(expected);
    }
}
