package dev.tributary.huntress.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.platform.InvalidFieldException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The settings patch: ids must exist in the tenant, numbers in range, read-only keys refused, all naming the field. */
class SettingsValidatorTest {

    static final UUID TENANT = UUID.randomUUID();
    static final JsonMapper JSON = JsonMapper.builder().build();

    FakeSetup setup;
    SettingsValidator validator;
    Map<String, Object> current;

    @BeforeEach
    void setUp() {
        setup = new FakeSetup();
        validator = new SettingsValidator(setup, setup);
        current = new LinkedHashMap<>(HuntressSettings.defaults());
        current.put("accountName", "Acme");
        current.put("incidentCursor", "2026-11-20T10:00:00Z");
    }

    Map<String, Object> apply(String json) {
        return validator.apply(TENANT, current, JSON.readTree(json));
    }

    void refused(String json, String field, String problem) {
        assertThatThrownBy(() -> apply(json)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field))
                .hasMessageContaining(problem);
    }

    @Test
    void acceptsExistingIdsAndKeepsEverythingElse() {
        var board = setup.createBoard(TENANT, "Security", false);
        var triage = setup.createBoard(TENANT, "Triage", false);
        var client = setup.create(TENANT, "Fallback");
        var category = setup.createCategory(TENANT, "Security incident", board.id(), null);
        var sub = setup.createCategory(TENANT, "Malware", board.id(), category.id());
        var critical = setup.createPriority(TENANT, "Critical", 1);
        var high = setup.createPriority(TENANT, "High", 2);
        var closed = setup.statuses(TENANT, board.id()).stream().filter(s -> s.isClosed()).findFirst().orElseThrow();
        Map<String, Object> next = apply("""
                {"boardId": "%s", "fallbackBoardId": "%s", "fallbackClientId": "%s", "categoryId": "%s", "subcategoryId": "%s",
                 "severityPriorityMap": {"critical": "%s", "high": "%s"}, "autoCloseTickets": true, "closedStatusId": "%s",
                 "pollIntervalMinutes": 10, "backfillDays": "14"}
                """.formatted(board.id(), triage.id(), client.id(), category.id(), sub.id(), critical.id(), high.id(), closed.id()));
        HuntressSettings settings = HuntressSettings.parse(next);
        assertThat(settings.boardId()).isEqualTo(board.id());
        assertThat(settings.subcategoryId()).isEqualTo(sub.id());
        assertThat(settings.severityPriorityMap()).containsEntry("critical", critical.id()).doesNotContainKey("low");
        assertThat(settings.autoCloseActive()).isTrue();
        assertThat(settings.pollIntervalMinutes()).isEqualTo(10);
        assertThat(settings.backfillDays()).isEqualTo(14);
        assertThat(next).containsEntry("accountName", "Acme").containsEntry("incidentCursor", "2026-11-20T10:00:00Z");

        // The severity map merges key by key; null removes one entry.
        current = next;
        Map<String, Object> merged = apply("{\"severityPriorityMap\": {\"critical\": null, \"low\": \"%s\"}}".formatted(high.id()));
        assertThat(HuntressSettings.parse(merged).severityPriorityMap()).containsOnlyKeys("high", "low");
        // Null clears an optional id.
        current = merged;
        assertThat(HuntressSettings.parse(apply("{\"subcategoryId\": null}")).subcategoryId()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"boardId\": \"00000000-0000-0000-0000-000000000001\"}|boardId|no such board",
            "{\"fallbackBoardId\": \"00000000-0000-0000-0000-000000000001\"}|fallbackBoardId|no such board",
            "{\"fallbackClientId\": \"00000000-0000-0000-0000-000000000001\"}|fallbackClientId|no such client",
            "{\"categoryId\": \"00000000-0000-0000-0000-000000000001\"}|categoryId|no such category",
            "{\"closedStatusId\": \"00000000-0000-0000-0000-000000000001\"}|closedStatusId|no such status",
            "{\"severityPriorityMap\": {\"high\": \"00000000-0000-0000-0000-000000000001\"}}|severityPriorityMap.high|no such priority",
            "{\"severityPriorityMap\": {\"medium\": null}}|severityPriorityMap.medium|critical, high and low",
            "{\"severityPriorityMap\": [1]}|severityPriorityMap|must be an object",
            "{\"boardId\": 42}|boardId|UUID",
            "{\"boardId\": \"board-1\"}|boardId|UUID",
            "{\"pollIntervalMinutes\": 0}|pollIntervalMinutes|between 1 and 60",
            "{\"pollIntervalMinutes\": 61}|pollIntervalMinutes|between 1 and 60",
            "{\"pollIntervalMinutes\": 2.5}|pollIntervalMinutes|whole number",
            "{\"pollIntervalMinutes\": \"soon\"}|pollIntervalMinutes|whole number",
            "{\"backfillDays\": 0}|backfillDays|between 1 and 30",
            "{\"backfillDays\": 31}|backfillDays|between 1 and 30",
            "{\"autoCloseTickets\": \"yes\"}|autoCloseTickets|true or false",
            "{\"autoCloseTickets\": true}|closedStatusId|required when autoCloseTickets is on",
            "{\"incidentCursor\": \"2020-01-01T00:00:00Z\"}|incidentCursor|read-only",
            "{\"accountName\": \"Other\"}|accountName|read-only",
            "{\"accountSubdomain\": \"other\"}|accountSubdomain|read-only",
            "{\"colour\": \"blue\"}|colour|not a Huntress setting"})
    void refusesWhatCannotWork(String patch, String field, String problem) {
        refused(patch, field, problem);
    }

    @Test
    void refusesAnOpenStatusAsTheClosedStatus() {
        var board = setup.createBoard(TENANT, "Security", false);
        var open = setup.statuses(TENANT, board.id()).stream().filter(s -> !s.isClosed()).findFirst().orElseThrow();
        refused("{\"closedStatusId\": \"%s\"}".formatted(open.id()), "closedStatusId", "must be a closed status");
    }

    @Test
    void refusesASubcategoryOfAnotherCategoryAndACategoryOfAnotherBoard() {
        var board = setup.createBoard(TENANT, "Security", false);
        var other = setup.createBoard(TENANT, "Other", false);
        var category = setup.createCategory(TENANT, "Security incident", board.id(), null);
        var foreign = setup.createCategory(TENANT, "Hardware", other.id(), null);
        var foreignSub = setup.createCategory(TENANT, "Disk", other.id(), foreign.id());
        refused("{\"categoryId\": \"%s\", \"subcategoryId\": \"%s\"}".formatted(category.id(), foreignSub.id()), "subcategoryId",
                "subcategory of the chosen category");
        refused("{\"boardId\": \"%s\", \"categoryId\": \"%s\"}".formatted(board.id(), foreign.id()), "categoryId", "another board");
    }

    @Test
    void theReadOnlyKeysAreTheAccountAndTheCursor() {
        assertThat(SettingsValidator.READ_ONLY).containsExactlyInAnyOrder("accountId", "accountName", "accountSubdomain",
                "incidentCursor");
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
