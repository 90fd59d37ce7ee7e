package dev.tributary.huntress.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.psa.TicketSetup.PriorityInfo;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading stored settings defensively, routing completeness and the severity → priority prefill. */
class HuntressSettingsTest {

    @Test
    void defaultsForMissingOrGarbageValues() {
        HuntressSettings empty = HuntressSettings.parse(Map.of());
        assertThat(empty.pollIntervalMinutes()).isEqualTo(5);
        assertThat(empty.backfillDays()).isEqualTo(7);
        assertThat(empty.autoCloseTickets()).isFalse();
        assertThat(empty.severityPriorityMap()).isEmpty();
        assertThat(empty.incidentCursor()).isNull();
        HuntressSettings garbage = HuntressSettings.parse(Map.of("pollIntervalMinutes", "often", "backfillDays", List.of(),
                "boardId", "not-a-uuid", "incidentCursor", "yesterday", "severityPriorityMap", "x", "autoCloseTickets", "yes"));
        assertThat(garbage.pollIntervalMinutes()).isEqualTo(5);
        assertThat(garbage.backfillDays()).isEqualTo(7);
        assertThat(garbage.boardId()).isNull();
        assertThat(garbage.incidentCursor()).isNull();
        assertThat(garbage.autoCloseTickets()).isFalse();
        assertThat(HuntressSettings.parse(null).routingComplete()).isFalse();
    }

    @Test
    void storedNumbersAreClampedToTheirRanges() {
        assertThat(HuntressSettings.parse(Map.of("pollIntervalMinutes", 0)).pollIntervalMinutes()).isEqualTo(1);
        assertThat(HuntressSettings.parse(Map.of("pollIntervalMinutes", 999)).pollIntervalMinutes()).isEqualTo(60);
        assertThat(HuntressSettings.parse(Map.of("pollIntervalMinutes", "15")).pollIntervalMinutes()).isEqualTo(15);
        assertThat(HuntressSettings.parse(Map.of("backfillDays", 0)).backfillDays()).isEqualTo(1);
        assertThat(HuntressSettings.parse(Map.of("backfillDays", 90)).backfillDays()).isEqualTo(30);
        assertThat(HuntressSettings.parse(Map.of("pollIntervalMinutes", 12)).pollInterval().toMinutes()).isEqualTo(12);
    }

    @Test
    void routingIsCompleteOnlyWithBoardFallbacksAndAllThreePriorities() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("boardId", UUID.randomUUID().toString());
        settings.put("fallbackClientId", UUID.randomUUID().toString());
        settings.put("fallbackBoardId", UUID.randomUUID().toString());
        settings.put("severityPriorityMap", Map.of("critical", UUID.randomUUID().toString(), "high", UUID.randomUUID().toString()));
        HuntressSettings partial = HuntressSettings.parse(settings);
        assertThat(partial.routingComplete()).isFalse();
        assertThat(partial.missingRouting()).containsExactly("priority for low severity");
        settings.put("severityPriorityMap", Map.of("critical", UUID.randomUUID().toString(), "high", UUID.randomUUID().toString(),
                "low", UUID.randomUUID().toString()));
        assertThat(HuntressSettings.parse(settings).routingComplete()).isTrue();
        settings.put("fallbackClientId", "");
        assertThat(HuntressSettings.parse(settings).missingRouting()).containsExactly("fallback client");
        assertThat(HuntressSettings.parse(Map.of()).missingRouting()).containsExactly("security board", "fallback client",
                "fallback (triage) board", "priority for critical severity", "priority for high severity", "priority for low severity");
    }

    @Test
    void cursorAndAccountAreRead() {
        HuntressSettings settings = HuntressSettings.parse(Map.of("incidentCursor", "2026-06-09T14:00:00Z", "accountSubdomain", "acme",
                "accountId", 48213));
        assertThat(settings.incidentCursor()).isEqualTo(Instant.parse("2026-06-09T14:00:00Z"));
        assertThat(settings.accountSubdomain()).isEqualTo("acme");
        assertThat(settings.accountId()).isEqualTo("48213");
    }

    static PriorityInfo priority(String name) {
        return new PriorityInfo(UUID.randomUUID(), name, 0);
    }

    @Test
    void prefillMatchesPriorityNamesCaseInsensitivelyInOrderOfPreference() {
        PriorityInfo medium = priority("Medium");
        PriorityInfo high = priority("HIGH");
        PriorityInfo critical = priority(" critical ");
        PriorityInfo low = priority("Low");
        PriorityInfo urgent = priority("Urgent");
        Map<String, String> all = PriorityPrefill.prefill(Map.of(), List.of(low, medium, high, urgent, critical));
        assertThat(all).containsEntry("critical", critical.id().toString()).containsEntry("high", high.id().toString())
                .containsEntry("low", medium.id().toString());
        Map<String, String> fallbacks = PriorityPrefill.prefill(Map.of(), List.of(low, urgent));
        assertThat(fallbacks).containsEntry("critical", urgent.id().toString()).containsEntry("low", low.id().toString())
                .doesNotContainKey("high");
        assertThat(PriorityPrefill.prefill(Map.of(), List.of(priority("P1 - Critical")))).isEmpty();
    }

    @Test
    void prefillNeverOverwritesTheUsersChoice() {
        String chosen = UUID.randomUUID().toString();
        PriorityInfo critical = priority("Critical");
        PriorityInfo high = priority("High");
        Map<String, String> result = PriorityPrefill.prefill(Map.of("critical", chosen, "high", "garbage"), List.of(critical, high));
        assertThat(result).containsEntry("critical", chosen).containsEntry("high", high.id().toString());
    }
}
