package dev.tributary.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchingTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "'  Acme,  Inc.  '        | acme inc",
        "ACME-INC                 | acme inc",
        "O'Brien & Sons LLC       | obrien sons llc",
        "O’Brien & Sons LLC       | obrien sons llc",
        "Café  Müller             | café müller",
        "'Globex\tCorporation'    | globex corporation",
        "ＡＣＭＥ                  | acme",
        "'   '                    | ''",
        "...                      | ''",
    })
    void normalizes(String input, String expected) {
        assertThat(NameNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void nullIsBlank() {
        assertThat(NameNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void matchesOnlyUniqueExactNormalizedNames() {
        UUID acme = UUID.randomUUID();
        UUID globex1 = UUID.randomUUID();
        UUID globex2 = UUID.randomUUID();
        UUID initech = UUID.randomUUID();
        AutoMatcher matcher = new AutoMatcher(List.of(new AutoMatcher.Candidate(acme, "ACME Inc"),
                new AutoMatcher.Candidate(globex1, "Globex"), new AutoMatcher.Candidate(globex2, "globex"),
                new AutoMatcher.Candidate(initech, "Initech Corp"), new AutoMatcher.Candidate(UUID.randomUUID(), "  ")));
        assertThat(matcher.match("Acme, Inc.")).contains(acme);
        assertThat(matcher.match("Globex")).as("ambiguous").isEmpty();
        assertThat(matcher.match("Initech")).as("weaker than exact").isEmpty();
        assertThat(matcher.match("")).isEmpty();
        assertThat(matcher.match(null)).isEmpty();
    }
}
