package fr.borne.store;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingStatus;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import fr.borne.sync.ChangeApplier;
import fr.borne.sync.LocalAllotments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.borne.store.TestReplica.NOW;
import static fr.borne.store.TestReplica.WEDNESDAY;
import static fr.borne.store.TestReplica.request;
import static fr.borne.store.TestReplica.visitor;
import static org.assertj.core.api.Assertions.assertThat;

/** The tables the kiosk app, the sync agent and borne-ctl share, through their repositories. */
class SyncTablesTest {

    @TempDir
    Path dir;
    private Database database;
    private SqliteBookingService service;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("replica.db"));
        TestReplica.load(database, 20, 2);
        service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT, TestReplica.clock());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_unpushed_local_change_beats_centrals_version_until_it_is_sent() {
        Booking booked = ((BookingResult.Done) service.confirm(null, request(0))).booking();
        Booking cancelledHere = ((BookingResult.Done) service.cancel(booked.id(), visitor(0))).booking();
        // central has not seen the cancellation yet and still says "confirmed"
        Change central = new Change.BookingChanged(BookingData.of(booked.withStatus(BookingStatus.CONFIRMED)));

        assertThat(this.<Boolean>read(c -> UnpushedChanges.of(c, booked.id()).centralVersionApplies(booked.id()))).isFalse();
        assertThat(this.<Boolean>read(c -> UnpushedChanges.in(c).centralVersionApplies(booked.id()))).isFalse();
        apply(central);
        assertThat(status(booked.id())).as("the feed leaves the local cancellation alone")
                .isEqualTo(cancelledHere.status());

        database.write(c -> {
            OutboxRepository outbox = new OutboxRepository(c);
            for (OutboxEntry entry : outbox.ofBooking(booked.id())) {
                outbox.markSent(entry.id());
            }
            return null;
        });
        assertThat(this.<Boolean>read(c -> UnpushedChanges.of(c, booked.id()).centralVersionApplies(booked.id()))).isTrue();
        assertThat(this.<Boolean>read(c -> UnpushedChanges.in(c).centralVersionApplies(booked.id()))).isTrue();
        apply(central);
        assertThat(status(booked.id())).as("once pushed, central's word stands").isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void status_rows_are_written_over_kept_first_listed_by_prefix_and_removed() {
        database.write(c -> {
            SyncStatusRepository status = new SyncStatusRepository(c);
            status.put("device.printer", "READY");
            status.put("device.printer", "PAPER_OUT");
            status.put("device.scanner", "CONNECTED");
            status.putIfAbsent("withdrawal.b", "2026-12-01T08:00:00Z");
            status.putIfAbsent("withdrawal.a", "2026-12-01T09:00:00Z");
            status.putIfAbsent("withdrawal.b", "2026-12-01T10:00:00Z");
            status.putAll(Map.of(SyncStatusRepository.APP_VERSION, "1.2.3"));
            return null;
        });
        database.read(c -> {
            SyncStatusRepository status = new SyncStatusRepository(c);
            assertThat(status.present()).isTrue();
            assertThat(status.startingWith(SyncStatusRepository.DEVICE))
                    .containsOnly(Map.entry("printer", "PAPER_OUT"), Map.entry("scanner", "CONNECTED"));
            assertThat(status.startingWith("withdrawal.").keySet()).as("oldest first").containsExactly("b", "a");
            assertThat(status.countStartingWith("withdrawal.")).isEqualTo(2);
            assertThat(status.all()).containsEntry("app.version", "1.2.3").hasSize(5);
            return null;
        });
        database.write(c -> {
            new SyncStatusRepository(c).remove("withdrawal.b");
            return null;
        });
        assertThat(this.<Boolean>read(c -> new SyncStatusRepository(c).has("withdrawal.b"))).isFalse();
    }

    @Test
    void a_refusal_is_recorded_once_per_outbox_row_and_found_by_the_visitor_it_concerns() {
        Booking booked = ((BookingResult.Done) service.confirm(null, request(0))).booking();
        long outboxId = database.read(c -> new OutboxRepository(c).ofBooking(booked.id()).get(0).id());
        database.write(c -> {
            SyncRefusalRepository refusals = new SyncRefusalRepository(c);
            refusals.record(outboxId, booked.id(), OutboxKind.CREATE, "[]", NOW);
            refusals.record(outboxId, booked.id(), OutboxKind.CREATE, "[{\"rule\":\"B5\",\"reason\":\"FULL\"}]",
                    NOW.plus(Duration.ofMinutes(1)));
            return null;
        });
        database.read(c -> {
            SyncRefusalRepository refusals = new SyncRefusalRepository(c);
            assertThat(refusals.count()).isEqualTo(1);
            assertThat(refusals.recent(5)).singleElement().satisfies(r -> {
                assertThat(r.reasons()).contains("FULL");
                assertThat(r.recordedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
            });
            assertThat(refusals.about(visitor(0), WEDNESDAY)).extracting(SyncRefusalRepository.Stored::bookingId)
                    .containsExactly(booked.id());
            assertThat(refusals.about(visitor(1), WEDNESDAY)).isEmpty();
            assertThat(refusals.about(visitor(0), WEDNESDAY.plusDays(1))).as("past visits are not told").isEmpty();
            return null;
        });
    }

    @Test
    void the_cursor_moves_with_each_page_and_keeps_when_it_last_caught_up() {
        assertThat(this.<String>read(c -> new SyncCursorRepository(c).cursor())).isEmpty();
        database.write(c -> {
            new SyncCursorRepository(c).save("10", Optional.of(NOW));
            new SyncCursorRepository(c).save("20", Optional.empty());
            return null;
        });
        assertThat(this.<String>read(c -> new SyncCursorRepository(c).cursor())).isEqualTo("20");
        assertThat(this.<Optional<java.time.Instant>>read(c -> new SyncCursorRepository(c).caughtUpAt())).contains(NOW);
    }

    private <T> T read(SqlWork<T> work) {
        return database.read(work);
    }

    private void apply(Change change) {
        database.write(c -> {
            new ChangeApplier(new LocalAllotments()).apply(c, List.of(change), NOW);
            return null;
        });
    }

    private BookingStatus status(UUID bookingId) {
        return database.read(c -> new BookingRepository(c).find(bookingId)).orElseThrow().status();
    }
}
