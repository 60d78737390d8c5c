package fr.borne.kiosk.startup;

import fr.borne.store.Database;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.SyncCursorRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the replica once it holds the kiosk's establishment. On a new kiosk the sync agent
 * creates the file and fills it by its first sync; until then the database may not exist,
 * may be mid-migration, or may hold nothing yet, and this keeps trying.
 */
public final class ReplicaWait {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaWait.class);

    private final Path file;
    private final String establishmentId;
    private final boolean awaitFirstSync;
    private final Duration pause;

    /**
     * @param awaitFirstSync whether the replica is filled by a sync agent, whose first sync
     *                       must have caught up with central before visitors are served
     */
    public ReplicaWait(Path file, String establishmentId, boolean awaitFirstSync, Duration pause) {
        this.file = file;
        this.establishmentId = establishmentId;
        this.awaitFirstSync = awaitFirstSync;
        this.pause = pause;
    }

    /** The open database, at once when it is ready, otherwise from a background thread. */
    public CompletableFuture<Database> ready() {
        Optional<Database> now = attempt();
        if (now.isPresent()) {
            return CompletableFuture.completedFuture(now.get());
        }
        LOG.info("the replica does not hold establishment {} yet: waiting for the sync agent", establishmentId);
        CompletableFuture<Database> ready = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            while (!ready.isDone()) {
                sleep();
                attempt().ifPresent(ready::complete);
            }
            LOG.info("the replica now holds establishment {}", establishmentId);
        }, "replica-wait");
        waiter.setDaemon(true);
        waiter.start();
        return ready;
    }

    private Optional<Database> attempt() {
        if (!file.toFile().exists()) {
            return Optional.empty();
        }
        Database database;
        try {
            database = Database.open(file);
        } catch (RuntimeException e) {
            // the agent may be creating the file or migrating it right now
            LOG.debug("replica not ready to open yet", e);
            return Optional.empty();
        }
        boolean present = database.read(c -> new EstablishmentRepository(c).find(establishmentId).isPresent()
                && (!awaitFirstSync || new SyncCursorRepository(c).caughtUpAt().isPresent()));
        if (present) {
            return Optional.of(database);
        }
        database.close();
        return Optional.empty();
    }

    private void sleep() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
