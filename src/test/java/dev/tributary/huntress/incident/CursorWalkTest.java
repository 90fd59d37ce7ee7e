package dev.tributary.huntress.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tributary.huntress.Incidents;
import dev.tributary.huntress.client.Incident;
import dev.tributary.huntress.client.Page;
import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cursor walk: pagination, overlap, backfill, no page cap, and the cursor stopping at failures. */
class CursorWalkTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    /** Serves incidents newest first in pages of {@code size}, the way Huntress sorts {@code updated_at desc}. */
    static final class FakePages implements CursorWalk.Pages {
        final List<Incident> sorted;
        final int size;
        final List<String> requestedTokens = new ArrayList<>();

        FakePages(List<Incident> incidents, int size) {
            this.sorted = new ArrayList<>(incidents);
            this.sorted.sort(Comparator.comparing(Incident::updatedAt).reversed());
            this.size = size;
        }

        @Override
        public Page<Incident> fetch(String token) {
            requestedTokens.add(token);
            int from = token == null ? 0 : Integer.parseInt(token);
            int to = Math.min(sorted.size(), from + size);
            return new Page<>(sorted.subList(from, to), to < sorted.size() ? Integer.toString(to) : null);
        }
    }

    static Incident at(String id, Instant updatedAt) {
        return Incidents.open(id, updatedAt);
    }

    static List<String> ids(List<Incident> incidents) {
        return incidents.stream().map(Incident::id).toList();
    }

    @Test
    void returnsNewerIncidentsOldestFirstReadingOnlyTheFirstPage() {
        Instant cursor = Instant.parse("2026-11-20T09:00:00Z");
        FakePages pages = new FakePages(List.of(at("a", Instant.parse("2026-11-20T11:00:00Z")),
                at("b", Instant.parse("2026-11-20T10:00:00Z")), at("old", Instant.parse("2026-11-19T10:00:00Z"))), 500);
        var collected = CursorWalk.walk(pages, CursorWalk.boundary(cursor, NOW, 7));
        assertThat(ids(collected.incidents())).containsExactly("b", "a");
        assertThat(collected.pages()).isEqualTo(1);
    }

    @Test
    void theSixtySecondOverlapKeepsIncidentsJustBeforeTheCursor() {
        Instant cursor = Instant.parse("2026-11-20T09:00:00Z");
        FakePages pages = new FakePages(List.of(at("inside", Instant.parse("2026-11-20T08:59:30Z")),
                at("outside", Instant.parse("2026-11-20T08:58:59Z"))), 500);
        var collected = CursorWalk.walk(pages, CursorWalk.boundary(cursor, NOW, 7));
        assertThat(ids(collected.incidents())).containsExactly("inside");
    }

    @Test
    void walksSeveralPagesUntilTheBoundaryAndResendsNothingButTheToken() {
        Instant cursor = Instant.parse("2026-11-20T00:00:00Z");
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            incidents.add(at("n" + i, cursor.plus(Duration.ofHours(i + 1))));
        }
        incidents.add(at("boundary", cursor.minus(Duration.ofHours(1))));
        incidents.add(at("never-read", cursor.minus(Duration.ofHours(2))));
        FakePages pages = new FakePages(incidents, 2);
        var collected = CursorWalk.walk(pages, CursorWalk.boundary(cursor, NOW, 7));
        assertThat(ids(collected.incidents())).containsExactly("n0", "n1", "n2", "n3", "n4");
        assertThat(pages.requestedTokens).containsExactly(null, "2", "4");
    }

    @Test
    void stopsWhenThereIsNoNextTokenEvenIfEveryRowQualifies() {
        FakePages pages = new FakePages(List.of(at("a", NOW.minusSeconds(10)), at("b", NOW.minusSeconds(20))), 500);
        var collected = CursorWalk.walk(pages, CursorWalk.boundary(null, NOW, 7));
        assertThat(collected.pages()).isEqualTo(1);
        assertThat(ids(collected.incidents())).containsExactly("b", "a");
    }

    @Test
    void theFirstRunReadsBackBackfillDays() {
        FakePages pages = new FakePages(List.of(at("yesterday", NOW.minus(Duration.ofDays(1))),
                at("last-month", NOW.minus(Duration.ofDays(31))), at("six-days", NOW.minus(Duration.ofDays(6)))), 500);
        assertThat(ids(CursorWalk.walk(pages, CursorWalk.boundary(null, NOW, 7)).incidents()))
                .containsExactly("six-days", "yesterday");
        assertThat(ids(CursorWalk.walk(new FakePages(pages.sorted, 500), CursorWalk.boundary(null, NOW, 1)).incidents()))
                .containsExactly("yesterday");
    }

    @Test
    void aLargeBacklogIsReadCompletelyAndProcessedWithoutSkippingAnything() {
        Instant cursor = NOW.minus(Duration.ofDays(3));
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            incidents.add(at(Integer.toString(i), cursor.plusSeconds(10L * (i + 1))));
        }
        incidents.add(at("older", cursor.minus(Duration.ofHours(2))));
        FakePages pages = new FakePages(incidents, 500);

        var collected = CursorWalk.walk(pages, CursorWalk.boundary(cursor, NOW, 7));
        assertThat(collected.incidents()).hasSize(12_000);
        assertThat(collected.pages()).isEqualTo(25); // 24 full pages of newer incidents, then the page holding the boundary
        assertThat(collected.incidents().get(0).id()).isEqualTo("0");

        List<String> handled = new ArrayList<>();
        List<Instant> saved = new ArrayList<>();
        var outcome = CursorWalk.process(collected.incidents(), cursor, incident -> handled.add(incident.id()), saved::add,
                (done, total) -> { });
        assertThat(outcome.succeeded()).isTrue();
        assertThat(handled).hasSize(12_000).first().isEqualTo("0");
        assertThat(handled.get(11_999)).isEqualTo("11999");
        assertThat(outcome.cursor()).isEqualTo(cursor.plusSeconds(120_000));
        assertThat(saved).isNotEmpty().last().isEqualTo(cursor.plusSeconds(120_000));
        assertThat(saved).isSorted();
    }

    @Test
    void theCursorStopsBeforeTheFirstFailureAndLaterIncidentsAreNotAttempted() {
        Instant cursor = Instant.parse("2026-11-20T09:00:00Z");
        List<Incident> ascending = List.of(at("1", cursor.plusSeconds(60)), at("2", cursor.plusSeconds(120)),
                at("3", cursor.plusSeconds(180)));
        List<String> attempted = new ArrayList<>();
        List<Instant> saved = new ArrayList<>();
        var outcome = CursorWalk.process(ascending, cursor, incident -> {
            attempted.add(incident.id());
            if (incident.id().equals("2")) {
                throw new IllegalStateException("boom");
            }
        }, saved::add, (done, total) -> { });
        assertThat(attempted).containsExactly("1", "2");
        assertThat(outcome.processed()).isEqualTo(1);
        assertThat(outcome.failed().id()).isEqualTo("2");
        assertThat(outcome.failure()).hasMessage("boom");
        assertThat(outcome.cursor()).isEqualTo(cursor.plusSeconds(60));
        assertThat(saved).containsExactly(cursor.plusSeconds(60));
    }

    @Test
    void aFailureOnTheFirstIncidentKeepsTheCursorWhereItWas() {
        Instant cursor = Instant.parse("2026-11-20T09:00:00Z");
        List<Instant> saved = new ArrayList<>();
        var outcome = CursorWalk.process(List.of(at("1", cursor.plusSeconds(5))), cursor, incident -> {
            throw new IllegalStateException("down");
        }, saved::add, (done, total) -> { });
        assertThat(outcome.cursor()).isEqualTo(cursor);
        assertThat(saved).isEmpty();
    }

    @Test
    void theCursorNeverMovesBackwards() {
        Instant cursor = Instant.parse("2026-11-20T09:00:00Z");
        List<Instant> saved = new ArrayList<>();
        var outcome = CursorWalk.process(List.of(at("overlap", cursor.minusSeconds(30))), cursor, incident -> { }, saved::add,
                (done, total) -> { });
        assertThat(outcome.cursor()).isEqualTo(cursor);
        assertThat(saved).isEmpty();
    }

    @Test
    void progressIsReportedPerIncident() {
        List<String> progress = new ArrayList<>();
        CursorWalk.process(List.of(at("1", NOW), at("2", NOW.plusSeconds(1))), null, incident -> { }, c -> { },
                (done, total) -> progress.add(done + "/" + total));
        assertThat(progress).containsExactly("1/2", "2/2");
    }

    @Test
    void rowsThatMovedBetweenPagesAreKeptOnceInTheirNewestVersion() {
        Instant base = Instant.parse("2026-11-20T10:00:00Z");
        AtomicInteger calls = new AtomicInteger();
        CursorWalk.Pages pages = token -> calls.getAndIncrement() == 0
                ? new Page<>(List.of(at("x", base.plusSeconds(50)), at("y", base.plusSeconds(40))), "t2")
                : new Page<>(List.of(at("y", base.plusSeconds(45)), at("z", base.plusSeconds(10))), null);
        var collected = CursorWalk.walk(pages, base);
        assertThat(ids(collected.incidents())).containsExactly("z", "y", "x");
        assertThat(collected.incidents().get(1).updatedAt()).isEqualTo(base.plusSeconds(45));
    }

    @Test
    void anIncidentWithAnUnparseableUpdatedAtIsKeptAndProcessedLast() {
        Instant base = Instant.parse("2026-11-20T10:00:00Z");
        Incident odd = Incidents.withUpdatedAt(at("odd", base), null);
        CursorWalk.Pages pages = token -> new Page<>(List.of(at("a", base.plusSeconds(20)), odd, at("b", base.plusSeconds(10))), null);
        var collected = CursorWalk.walk(pages, base);
        assertThat(ids(collected.incidents())).containsExactly("b", "a", "odd");
        var outcome = CursorWalk.process(collected.incidents(), base, incident -> { }, c -> { }, (d, t) -> { });
        assertThat(outcome.cursor()).isEqualTo(base.plusSeconds(20));
    }

    @Test
    void aRepeatedPageTokenIsAnErrorNotALoop() {
        CursorWalk.Pages pages = token -> new Page<>(List.of(at("a", NOW)), "same");
        assertThatThrownBy(() -> CursorWalk.walk(pages, NOW.minusSeconds(3600)))
                .isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).kind()).isEqualTo(ProblemKind.MALFORMED_RESPONSE))
                .hasMessageContaining("page token");
    }
}
