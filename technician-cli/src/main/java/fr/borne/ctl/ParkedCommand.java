package fr.borne.ctl;

import fr.borne.store.BookingJson;
import fr.borne.store.Database;
import fr.borne.store.OutboxRepository;
import fr.borne.store.ParkedChangeRepository;
import fr.borne.technician.TechnicianAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "parked", description = "What the sync agent set aside so that sync goes on: feed changes the replica "
        + "could not apply (tried again at every sync) and outbox rows central refused as calls; send rows again.")
final class ParkedCommand implements Callable<Integer> {

    @ParentCommand
    BorneCtl ctl;

    @Option(names = "--retry", paramLabel = "ROW", description = "Send this parked outbox row again at the next push.")
    List<Long> retry = List.of();

    @Option(names = "--retry-all", description = "Send every parked outbox row again at the next push.")
    boolean retryAll;

    @Override
    public Integer call() {
        try (Database db = ctl.openDatabase()) {
            PrintWriter out = ctl.out();
            BookingJson bookingJson = new BookingJson();
            List<OutboxRepository.Parked> rows = db.read(c -> new OutboxRepository(c, bookingJson).parked());
            List<Long> chosen = retryAll ? rows.stream().map(OutboxRepository.Parked::outboxId).toList() : retry;
            if (!chosen.isEmpty()) {
                int again = db.write(c -> {
                    OutboxRepository outbox = new OutboxRepository(c, bookingJson);
                    int count = 0;
                    for (long id : chosen) {
                        count += outbox.retry(id) ? 1 : 0;
                    }
                    return count;
                });
                ctl.audit(db, TechnicianAction.SYNC_RETRY, again + " parked outbox row(s) sent again: " + chosen);
                out.println(again + " row(s) will be sent again at the next push (borne-ctl sync-now to push now).");
                return again == chosen.size() ? Exit.OK : Exit.PROBLEM;
            }
            List<ParkedChangeRepository.Parked> changes = db.read(c -> new ParkedChangeRepository(c).all());
            out.println("Outbox rows parked: " + rows.size());
            rows.forEach(row -> out.println("  row " + row.outboxId() + "  " + row.kind() + " of booking "
                    + row.bookingId() + "  since " + row.parkedAt() + "  " + row.reason()));
            out.println("Feed changes parked: " + changes.size());
            changes.forEach(change -> out.println("  " + change.kind() + "  tried " + change.tries() + " time(s)"
                    + "  since " + change.parkedAt() + "  " + change.reason()));
            return Exit.OK;
        }
    }
}
