package fr.borne.store;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingRules;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.Decision;
import fr.borne.booking.Ledger;
import fr.borne.demo.LargeEstablishment;
import fr.borne.establishment.Round;
import fr.borne.settings.LayeredSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts of a booking read at once answer the rules exactly as the ledger read question by
 * question: on the large establishment, a run of requests (quotas B7, overlaps B6, capacity B5,
 * permits P1–P3 biting as the bookings allowed are made) decided both ways, and questions
 * outside what was read at once passed on to the ledger behind.
 */
class PrefetchedLedgerTest {

    @RegisterExtension
    static final LargeEstablishmentFile LARGE = new LargeEstablishmentFile();
    private static final Clock CLOCK = LargeEstablishmentFile.CLOCK;

    @Test
    void the_rules_decide_the_same_on_facts_read_at_once_as_on_facts_read_one_by_one() {
        List<Round> rounds = LARGE.database().read(c -> new RoundRepository(c).ofEstablishment(LargeEstablishment.ID));
        LocalDate today = LocalDate.now(CLOCK);
        int allowed = 0;
        List<Decision> refused = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            int k = i;
            int detainee = k % 30;
            Round round = rounds.get(k * 7 % rounds.size());
            LocalDate date = today.plusDays(3).with(TemporalAdjusters.nextOrSame(round.day())).plusWeeks(k / 120);
            List<String> visitors = k % 3 == 0
                    ? List.of(LargeEstablishment.visitorId(detainee))
                    : List.of(LargeEstablishment.visitorId(detainee), LargeEstablishment.visitorId(detainee + 4_000),
                            LargeEstablishment.visitorId((detainee + 1) % 30));
            BookingRequest request = new BookingRequest(visitors.get(0), LargeEstablishment.detaineeId(detainee),
                    round.id(), date, visitors, k % 11 == 0, Channel.KIOSK);
            Decision decision = LARGE.database().write(c -> {
                Decision oneByOne = rules(new SqliteLedger(c)).mayBook(request);
                Decision atOnce = rules(prefetched(c, request)).mayBook(request);
                assertThat(atOnce).as("request %d: %s", k, request).isEqualTo(oneByOne);
                if (oneByOne.allowed()) {
                    new BookingRepository(c).save(new Booking(UUID.randomUUID(), "P" + k, request.bookedBy(),
                            request.detaineeId(), request.roundId(), java.util.Optional.empty(), request.date(),
                            request.visitorIds(), BookingStatus.CONFIRMED, Channel.KIOSK, CLOCK.instant()),
                            CLOCK.instant());
                }
                return oneByOne;
            });
            if (decision.allowed()) {
                allowed++;
            } else {
                refused.add(decision);
            }
        }
        assertThat(allowed).as("bookings made").isGreaterThan(5);
        assertThat(refused).as("bookings refused").hasSizeGreaterThan(20);
    }

    @Test
    void questions_beyond_what_was_read_go_to_the_ledger_behind() {
        String detainee = LargeEstablishment.detaineeId(7);
        String visitor = LargeEstablishment.visitorId(7);
        String other = LargeEstablishment.visitorId(8);
        LocalDate date = LocalDate.now(CLOCK).minusDays(20);
        LARGE.database().read(c -> {
            Ledger behind = new SqliteLedger(c);
            Ledger atOnce = PrefetchedLedger.read(c, behind, detainee, List.of(visitor), date);
            assertThat(atOnce.bookingsOfDetainee(detainee, date.minusDays(60), date.plusDays(60)))
                    .isEqualTo(behind.bookingsOfDetainee(detainee, date.minusDays(60), date.plusDays(60)))
                    .hasSizeGreaterThan(atOnce.bookingsOfDetainee(detainee, date.minusDays(7), date.plusDays(7)).size());
            assertThat(atOnce.bookingsOfDetainee(detainee, date.minusDays(7), date.plusDays(7)))
                    .isEqualTo(behind.bookingsOfDetainee(detainee, date.minusDays(7), date.plusDays(7)));
            assertThat(atOnce.bookingsOfVisitor(visitor, date.minusDays(30), date))
                    .isEqualTo(behind.bookingsOfVisitor(visitor, date.minusDays(30), date));
            assertThat(atOnce.bookingsOfVisitor(other, date, date)).isEqualTo(behind.bookingsOfVisitor(other, date, date));
            assertThat(atOnce.visitor(other)).isEqualTo(behind.visitor(other)).isPresent();
            assertThat(atOnce.detainee(LargeEstablishment.detaineeId(8)))
                    .isEqualTo(behind.detainee(LargeEstablishment.detaineeId(8))).isPresent();
            assertThat(atOnce.closures(LargeEstablishment.ID, date.minusDays(90), date.plusDays(90)))
                    .isEqualTo(behind.closures(LargeEstablishment.ID, date.minusDays(90), date.plusDays(90)));
            assertThat(atOnce.permitsOfDetainee(detainee)).isEqualTo(behind.permitsOfDetainee(detainee)).isNotEmpty();
            assertThat(atOnce.rounds(LargeEstablishment.ID)).isEqualTo(behind.rounds(LargeEstablishment.ID));
            return null;
        });
    }

    private static PrefetchedLedger prefetched(Connection connection, BookingRequest request) throws SQLException {
        List<String> people = new ArrayList<>(request.visitorIds());
        people.add(request.bookedBy());
        return PrefetchedLedger.read(connection, new SqliteLedger(connection), request.detaineeId(), people,
                request.date());
    }

    private static BookingRules rules(Ledger ledger) {
        return new BookingRules(ledger, LayeredSettings.nationalOnly(), CLOCK);
    }
}
