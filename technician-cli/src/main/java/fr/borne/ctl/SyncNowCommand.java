package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.technician.SyncNowRequests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

@Command(name = "sync-now", description = "Ask the sync agent for a sync pass now and wait for it.")
final class SyncNowCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(200);

    @ParentCommand
    BorneCtl ctl;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for the agent (default: ${DEFAULT-VALUE}; 0: do not wait).")
    int waitSeconds;

    @Override
    public Integer call() throws InterruptedException {
        try (Database db = ctl.openDatabase()) {
            SyncNowRequests requests = new SyncNowRequests(db, ctl.clock);
            SyncNowRequests.Request request = requests.request(ctl.actor());
            if (waitSeconds <= 0) {
                ctl.out().println("Sync requested (request " + request.id() + "); the sync agent runs a pass when it sees it.");
                return Exit.OK;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
            while (System.nanoTime() < deadline) {
                var handled = requests.find(request.id()).flatMap(SyncNowRequests.Request::handledAt);
                if (handled.isPresent()) {
                    ctl.out().println("The sync agent ran a pass at " + handled.get()
                            + ". See 'borne-ctl status' for the outbox and the last sync.");
                    return Exit.OK;
                }
                Thread.sleep(POLL.toMillis());
            }
            ctl.out().println("Sync requested at " + request.requestedAt().truncatedTo(ChronoUnit.SECONDS)
                    + " but the sync agent has not run a pass within " + waitSeconds + " s. Is it running? "
                    + "systemctl status borne-sync-agent; journalctl -u borne-sync-agent -n 50");
            return Exit.TIMEOUT;
        }
    }
}
