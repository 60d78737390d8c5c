package fr.borne.central.staff;

import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.http.AdminCalls;
import fr.borne.central.movement.Movement;
import fr.borne.central.movement.MovementOutcome;
import fr.borne.store.Database;
import fr.borne.sync.ClosureData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The staff's calls from central's own machine, on its database file (the running server
 * sends the notices they write): {@code closure add}, {@code detainee transfer},
 * {@code detainee release}. The same as the admin API's routes.
 */
public final class StaffCommands {

    private StaffCommands() {
    }

    private static AdminCalls admin(Database database) {
        return new AdminCalls(CentralServices.create(database, Clock.systemDefaultZone()));
    }

    @Command(name = "closure", description = "Close a day or a round (B12).", subcommands = Closure.Add.class)
    public static final class Closure {

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Close a day (or one round of it): its bookings are cancelled and their visitors told.")
        static final class Add implements Callable<Integer> {

            @Option(names = "--establishment", required = true, description = "e.g. rouen")
            String establishment;

            @Option(names = "--date", required = true, description = "the day closed, e.g. 2026-12-10")
            LocalDate date;

            @Option(names = "--round", description = "only this round of the day (its id)")
            Optional<String> round;

            @Option(names = "--reason", defaultValue = "", description = "for staff; visitors are told the day is closed")
            String reason;

            @Option(names = "--db", defaultValue = "central.db", description = "central's SQLite file (default: ${DEFAULT-VALUE})")
            Path db;

            @Override
            public Integer call() {
                try (Database database = CentralDatabase.open(db)) {
                    if (!admin(database).closeIfKnown(new ClosureData(establishment, date, round.orElse(null), reason))) {
                        System.err.println("central has no establishment '" + establishment + "'");
                        return 1;
                    }
                }
                System.out.printf("%s closed on %s%s.%n", establishment, date, round.map(r -> " (round " + r + ")").orElse(""));
                return 0;
            }
        }
    }

    @Command(name = "detainee", description = "Record a detainee's transfer or release (B14).",
            subcommands = {Detainee.Transfer.class, Detainee.Release.class})
    public static final class Detainee {

        @Command(name = "transfer", mixinStandardHelpOptions = true,
                description = "The detainee is held at another establishment from DATE: bookings from then are "
                        + "cancelled and their visitors told; permanent permits follow the detainee.")
        static final class Transfer implements Callable<Integer> {

            @Parameters(index = "0", paramLabel = "ID", description = "the detainee's id")
            String id;

            @Option(names = "--to", required = true, description = "the establishment that holds them from DATE")
            String to;

            @Option(names = "--date", required = true, description = "first day at the new establishment")
            LocalDate date;

            @Option(names = "--db", defaultValue = "central.db", description = "central's SQLite file (default: ${DEFAULT-VALUE})")
            Path db;

            @Override
            public Integer call() {
                return report(db, Movement.transfer(id, to, date));
            }
        }

        @Command(name = "release", mixinStandardHelpOptions = true,
                description = "The detainee is released on DATE: bookings from then are cancelled, their visitors "
                        + "told, and the permits end.")
        static final class Release implements Callable<Integer> {

            @Parameters(index = "0", paramLabel = "ID", description = "the detainee's id")
            String id;

            @Option(names = "--date", required = true, description = "the day of release")
            LocalDate date;

            @Option(names = "--db", defaultValue = "central.db", description = "central's SQLite file (default: ${DEFAULT-VALUE})")
            Path db;

            @Override
            public Integer call() {
                return report(db, Movement.release(id, date));
            }
        }

        private static int report(Path db, Movement movement) {
            MovementOutcome outcome;
            try (Database database = CentralDatabase.open(db)) {
                outcome = admin(database).move(movement);
            }
            if (outcome.refusal().isPresent()) {
                System.err.println("not recorded: " + switch (outcome.refusal().get()) {
                    case UNKNOWN_DETAINEE -> "central has no detainee '" + movement.detaineeId() + "'";
                    case UNKNOWN_ESTABLISHMENT -> "central has no establishment '"
                            + movement.toEstablishmentId().orElse("") + "'";
                    case SAME_ESTABLISHMENT -> "the detainee is held there already";
                });
                return 1;
            }
            System.out.printf("%s of %s from %s recorded: %d booking(s) cancelled; %s.%n",
                    movement.kind() == Movement.Kind.TRANSFER ? "Transfer" : "Release", movement.detaineeId(),
                    movement.effectiveDate(), outcome.cancelled().size(),
                    outcome.appliedNow() ? "in effect now" : "takes effect on its date");
            return 0;
        }
    }
}
