package fr.borne.agent.allotment;

import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.settings.BookingSettings;
import fr.borne.store.Database;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.RoundRepository;
import fr.borne.sync.AllotmentAnswer;
import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.AllotmentTotals;
import fr.borne.sync.LocalAllotments;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a few free seats of each open round in this kiosk's escrow, and gives seats
 * back on its own: all free seats once a round closes for booking (48 h before it), and
 * those central asked back. Seats are given back locally first, in the replica, and only
 * then reported, so central never reuses a seat the kiosk might still confirm.
 */
public final class AllotmentKeeper {

    private final Database database;
    private final CentralClient central;
    private final Clock clock;
    private final String kioskId;
    private final String establishmentId;
    private final BookingSettings settings;
    private final int wantFree;
    private final LocalAllotments allotments = new LocalAllotments();

    public AllotmentKeeper(Database database, CentralClient central, Clock clock, String kioskId,
                           String establishmentId, BookingSettings settings, int wantFree) {
        this.database = database;
        this.central = central;
        this.clock = clock;
        this.kioskId = kioskId;
        this.establishmentId = establishmentId;
        this.settings = settings;
        this.wantFree = wantFree;
    }

    /** One round of claims; false when central could not be reached (the seats given back stay given back). */
    public boolean keep() {
        Instant now = clock.instant();
        List<AllotmentClaim> claims = database.write(c -> claims(c, now));
        if (claims.isEmpty()) {
            return true;
        }
        Outcome<AllotmentAnswer> outcome = central.allotments(new AllotmentRequest(claims));
        if (!(outcome instanceof Outcome.Answered<AllotmentAnswer> answered)) {
            return false;
        }
        database.write(c -> {
            for (AllotmentTotals totals : answered.body().totals()) {
                allotments.merge(c, totals);
            }
            return null;
        });
        return true;
    }

    private List<AllotmentClaim> claims(Connection connection, Instant now) throws SQLException {
        Optional<Establishment> establishment = new EstablishmentRepository(connection).find(establishmentId);
        if (establishment.isEmpty()) {
            return List.of();
        }
        List<AllotmentClaim> claims = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, establishment.get().zone());
        List<Round> rounds = new RoundRepository(connection).ofEstablishment(establishmentId);
        for (AllotmentTotals held : allotments.all(connection, kioskId)) {
            if (held.date().isBefore(today.minusDays(1)) || held.held() == 0) {
                continue;
            }
            Optional<Round> round = rounds.stream().filter(r -> r.id().equals(held.roundId())).findFirst();
            boolean closed = round.isEmpty()
                    || !now.isBefore(closes(new RoundOccurrence(round.get(), held.date(), establishment.get().zone())));
            int free = allotments.seatsLeft(connection, held.roundId(), held.date());
            int giveBack = closed ? free : Math.min(free, Math.max(0, held.recalled() - held.returned()));
            allotments.giveBackFree(connection, held.roundId(), held.date(), giveBack);
            if (closed || giveBack > 0) {
                claims.add(new AllotmentClaim(held.roundId(), held.date(), held.returned() + giveBack, 0));
            }
        }
        for (LocalDate date = today; !date.isAfter(today.plusDays(settings.opensDaysBefore())); date = date.plusDays(1)) {
            for (Round round : rounds) {
                if (round.day() != date.getDayOfWeek()) {
                    continue;
                }
                RoundOccurrence occurrence = new RoundOccurrence(round, date, establishment.get().zone());
                boolean open = !now.isBefore(occurrence.zonedStart().minusDays(settings.opensDaysBefore()).toInstant())
                        && now.isBefore(closes(occurrence));
                if (open && allotments.seatsLeft(connection, round.id(), date) < wantFree) {
                    int returned = allotments.totals(connection, kioskId, round.id(), date)
                            .map(AllotmentTotals::returned).orElse(0);
                    claims.add(new AllotmentClaim(round.id(), date, returned, wantFree));
                }
            }
        }
        return claims;
    }

    private Instant closes(RoundOccurrence occurrence) {
        return occurrence.start().minus(settings.closesBefore());
    }
}
