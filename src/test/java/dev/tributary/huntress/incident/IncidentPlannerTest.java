package dev.tributary.huntress.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.huntress.Incidents;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Remediation;
import dev.tributary.huntress.settings.HuntressSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole incident decision table: new / update / close × mapped / unmapped / opted out × auto-close. */
class IncidentPlannerTest {

    static final UUID BOARD = UUID.randomUUID();
    static final UUID FALLBACK_BOARD = UUID.randomUUID();
    static final UUID FALLBACK_CLIENT = UUID.randomUUID();
    static final UUID CLIENT = UUID.randomUUID();
    static final UUID CATEGORY = UUID.randomUUID();
    static final UUID SUBCATEGORY = UUID.randomUUID();
    static final UUID CRITICAL = UUID.randomUUID();
    static final UUID HIGH = UUID.randomUUID();
    static final UUID LOW = UUID.randomUUID();
    static final UUID CLOSED_STATUS = UUID.randomUUID();
    static final UUID TICKET = UUID.randomUUID();
    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    static final IncidentPlanner.Mapping MAPPED = new IncidentPlanner.Mapping(CLIENT, true);
    static final IncidentPlanner.Mapping UNMAPPED_ROW = new IncidentPlanner.Mapping(null, true);
    static final IncidentPlanner.Mapping NO_ROW = null;
    static final IncidentPlanner.Mapping OPTED_OUT_MAPPED = new IncidentPlanner.Mapping(CLIENT, false);
    static final IncidentPlanner.Mapping OPTED_OUT_UNMAPPED = new IncidentPlanner.Mapping(null, false);

    static HuntressSettings settings(boolean autoClose, UUID closedStatus) {
        return new HuntressSettings("48213", "Acme", "acme", null, 5, 7, Map.of("critical", CRITICAL, "high", HIGH, "low", LOW),
                BOARD, CATEGORY, SUBCATEGORY, FALLBACK_CLIENT, FALLBACK_BOARD, autoClose, closedStatus);
    }

    static final HuntressSettings AUTO_CLOSE = settings(true, CLOSED_STATUS);
    static final HuntressSettings NO_AUTO_CLOSE = settings(false, CLOSED_STATUS);
    static final HuntressSettings AUTO_CLOSE_WITHOUT_STATUS = settings(true, null);

    static Incident incident(String status) {
        return Incidents.withStatus(Incidents.open("100", T), status);
    }

    /** A processed alert row, as stored after the incident was handled at {@code updatedAt}. */
    static IncidentPlanner.Existing processed(String status, UUID ticket, Instant updatedAt, String recordedReason) {
        Incident stored = Incidents.withUpdatedAt(incident(status), updatedAt);
        return new IncidentPlanner.Existing(status, ticket,
                IncidentSnapshot.of(IncidentSnapshot.metadata(stored, "https://portal", recordedReason)));
    }

    static final Plan CREATE_MAPPED = new Plan.CreateTicket(CLIENT, BOARD, HIGH, CATEGORY, SUBCATEGORY, false, false);
    static final Plan CREATE_UNMAPPED = new Plan.CreateTicket(FALLBACK_CLIENT, FALLBACK_BOARD, HIGH, null, null, true, false);
    static final Plan RECORD_OPTED_OUT = new Plan.RecordOnly(Plan.ORG_OPTED_OUT);
    static final Plan RECORD_CLOSED = new Plan.RecordOnly(Plan.ALREADY_CLOSED);
    static final Plan RECORD_NO_TICKET = new Plan.RecordOnly(Plan.NO_LINKED_TICKET);
    static final Plan SKIP_DELETING = new Plan.Skip(Plan.DELETING);
    static final Plan SKIP_UNCHANGED = new Plan.Skip(Plan.UNCHANGED);

    static Stream<Arguments> table() {
        Instant later = T.plusSeconds(300);
        return Stream.of(
                // ---- new incidents
                Arguments.of("new sent, mapped", incident("sent"), null, MAPPED, AUTO_CLOSE, CREATE_MAPPED),
                Arguments.of("new auto_remediating, mapped", incident("auto_remediating"), null, MAPPED, AUTO_CLOSE, CREATE_MAPPED),
                Arguments.of("new sent, mapping row without client", incident("sent"), null, UNMAPPED_ROW, AUTO_CLOSE, CREATE_UNMAPPED),
                Arguments.of("new sent, no mapping row", incident("sent"), null, NO_ROW, AUTO_CLOSE, CREATE_UNMAPPED),
                Arguments.of("new sent, mapped, opted out", incident("sent"), null, OPTED_OUT_MAPPED, AUTO_CLOSE, RECORD_OPTED_OUT),
                Arguments.of("new sent, unmapped, opted out", incident("sent"), null, OPTED_OUT_UNMAPPED, AUTO_CLOSE, RECORD_OPTED_OUT),
                Arguments.of("new closed (backfill), mapped", incident("closed"), null, MAPPED, AUTO_CLOSE, RECORD_CLOSED),
                Arguments.of("new dismissed, unmapped", incident("dismissed"), null, NO_ROW, NO_AUTO_CLOSE, RECORD_CLOSED),
                Arguments.of("new partner_dismissed, unmapped row", incident("partner_dismissed"), null, UNMAPPED_ROW, AUTO_CLOSE,
                        RECORD_CLOSED),
                Arguments.of("new closed, opted out: opt-out checked first", incident("closed"), null, OPTED_OUT_MAPPED, AUTO_CLOSE,
                        RECORD_OPTED_OUT),
                Arguments.of("new unknown future status is treated as open", incident("escalated_to_partner"), null, MAPPED,
                        AUTO_CLOSE, CREATE_MAPPED),
                Arguments.of("alert row with only a processing error counts as new",
                        incident("sent"), new IncidentPlanner.Existing("sent", null, IncidentSnapshot.of(Map.of("processingError",
                                Map.of("message", "boom")))), MAPPED, AUTO_CLOSE, CREATE_MAPPED),
                // ---- deleting
                Arguments.of("deleting, new", incident("deleting"), null, MAPPED, AUTO_CLOSE, SKIP_DELETING),
                Arguments.of("deleting, existing with ticket", incident("deleting"), processed("sent", TICKET, T, null), MAPPED,
                        AUTO_CLOSE, SKIP_DELETING),
                Arguments.of("deleting, opted out", incident("deleting"), null, OPTED_OUT_UNMAPPED, AUTO_CLOSE, SKIP_DELETING),
                // ---- unchanged
                Arguments.of("same status, same updated_at", incident("sent"), processed("sent", TICKET, T, null), MAPPED, AUTO_CLOSE,
                        SKIP_UNCHANGED),
                Arguments.of("same status, older updated_at (overlap re-read)", incident("sent"),
                        processed("sent", TICKET, T.plusSeconds(30), null), MAPPED, AUTO_CLOSE, SKIP_UNCHANGED),
                Arguments.of("unchanged without ticket", incident("closed"), processed("closed", null, T, Plan.ALREADY_CLOSED), MAPPED,
                        AUTO_CLOSE, SKIP_UNCHANGED),
                // ---- updates with a ticket
                Arguments.of("update, newer updated_at, still open", Incidents.withUpdatedAt(incident("sent"), later),
                        processed("sent", TICKET, T, null), MAPPED, AUTO_CLOSE, new Plan.AppendNote("sent", false)),
                Arguments.of("update, status changed with the same updated_at", incident("auto_remediating"),
                        processed("sent", TICKET, T, null), MAPPED, AUTO_CLOSE, new Plan.AppendNote("sent", false)),
                Arguments.of("update, remediation state changed only", Incidents.withRemediations(incident("sent"),
                                new Remediation("9", "assisted", "Delete File", "approved", List.of(), null, null, null)),
                        processed("sent", TICKET, T, null), MAPPED, AUTO_CLOSE, new Plan.AppendNote("sent", false)),
                Arguments.of("update, now closed, auto-close on with status", incident("closed"), processed("sent", TICKET, T, null),
                        MAPPED, AUTO_CLOSE, new Plan.AppendNote("sent", true)),
                Arguments.of("update, now dismissed, auto-close on", incident("dismissed"), processed("sent", TICKET, T, null),
                        NO_ROW, AUTO_CLOSE, new Plan.AppendNote("sent", true)),
                Arguments.of("update, now partner_dismissed, auto-close on", incident("partner_dismissed"),
                        processed("auto_remediating", TICKET, T, null), UNMAPPED_ROW, AUTO_CLOSE,
                        new Plan.AppendNote("auto_remediating", true)),
                Arguments.of("update, now closed, auto-close off", incident("closed"), processed("sent", TICKET, T, null), MAPPED,
                        NO_AUTO_CLOSE, new Plan.AppendNote("sent", false)),
                Arguments.of("update, now closed, auto-close on but no closed status", incident("closed"),
                        processed("sent", TICKET, T, null), MAPPED, AUTO_CLOSE_WITHOUT_STATUS, new Plan.AppendNote("sent", false)),
                Arguments.of("update of an opted-out org's ticket still gets its note", incident("closed"),
                        processed("sent", TICKET, T, null), OPTED_OUT_MAPPED, AUTO_CLOSE, new Plan.AppendNote("sent", true)),
                Arguments.of("update while already closed does not re-close", Incidents.withUpdatedAt(incident("closed"), later),
                        processed("closed", TICKET, T, null), MAPPED, AUTO_CLOSE, new Plan.AppendNote("closed", false)),
                Arguments.of("reopened in Huntress: note only", incident("sent"), processed("closed", TICKET, T, null), MAPPED,
                        AUTO_CLOSE, new Plan.AppendNote("closed", false)),
                // ---- updates without a ticket
                Arguments.of("update of an opted-out alert", Incidents.withUpdatedAt(incident("sent"), later),
                        processed("sent", null, T, Plan.ORG_OPTED_OUT), MAPPED, AUTO_CLOSE, RECORD_NO_TICKET),
                Arguments.of("closed backfill alert updated, still closed", Incidents.withUpdatedAt(incident("closed"), later),
                        processed("closed", null, T, Plan.ALREADY_CLOSED), MAPPED, AUTO_CLOSE, RECORD_NO_TICKET),
                Arguments.of("closed backfill alert reopened gets its ticket", incident("sent"),
                        processed("closed", null, T, Plan.ALREADY_CLOSED), MAPPED, AUTO_CLOSE,
                        new Plan.CreateTicket(CLIENT, BOARD, HIGH, CATEGORY, SUBCATEGORY, false, true)),
                Arguments.of("closed backfill alert reopened, unmapped", incident("sent"),
                        processed("closed", null, T, Plan.ALREADY_CLOSED), NO_ROW, AUTO_CLOSE,
                        new Plan.CreateTicket(FALLBACK_CLIENT, FALLBACK_BOARD, HIGH, null, null, true, true)),
                Arguments.of("closed backfill alert reopened, org opted out since", incident("sent"),
                        processed("closed", null, T, Plan.ALREADY_CLOSED), OPTED_OUT_MAPPED, AUTO_CLOSE, RECORD_NO_TICKET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String description, Incident incident, IncidentPlanner.Existing existing, IncidentPlanner.Mapping mapping,
                 HuntressSettings settings, Plan expected) {
        assertThat(IncidentPlanner.plan(incident, existing, mapping, settings)).isEqualTo(expected);
    }

    @Test
    void priorityFollowsSeverityAndUnknownSeveritiesAreTreatedAsHigh() {
        for (var entry : Map.of("critical", CRITICAL, "high", HIGH, "low", LOW, "medium", HIGH).entrySet()) {
            Plan plan = IncidentPlanner.plan(Incidents.withSeverity(incident("sent"), entry.getKey()), null, MAPPED, AUTO_CLOSE);
            assertThat(((Plan.CreateTicket) plan).priorityId()).as(entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void unmappedTicketsKeepTheCategoryWhenTheFallbackBoardIsTheSecurityBoard() {
        HuntressSettings sameBoard = new HuntressSettings("1", "a", "a", null, 5, 7, Map.of("critical", CRITICAL, "high", HIGH,
                "low", LOW), BOARD, CATEGORY, SUBCATEGORY, FALLBACK_CLIENT, BOARD, false, null);
        Plan plan = IncidentPlanner.plan(incident("sent"), null, NO_ROW, sameBoard);
        assertThat(plan).isEqualTo(new Plan.CreateTicket(FALLBACK_CLIENT, BOARD, HIGH, CATEGORY, SUBCATEGORY, true, false));
    }

    @Test
    void anUnparseableUpdatedAtIsComparedAsText() {
        Incident odd = Incidents.withUpdatedAt(incident("sent"), null);
        IncidentPlanner.Existing stored = new IncidentPlanner.Existing("sent", TICKET,
                IncidentSnapshot.of(IncidentSnapshot.metadata(odd, "u", null)));
        assertThat(IncidentPlanner.plan(odd, stored, MAPPED, AUTO_CLOSE)).isEqualTo(SKIP_UNCHANGED);
    }
}
