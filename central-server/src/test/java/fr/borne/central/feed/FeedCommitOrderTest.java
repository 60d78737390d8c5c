package fr.borne.central.feed;

import fr.borne.central.TestDatabases;
import fr.borne.establishment.Establishment;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.Change;
import fr.borne.sync.SyncJson;
import fr.borne.testsupport.Eventually;
import fr.borne.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers on one PostgreSQL database (as two central instances are): a feed reader that
 * has seen a sequence number never meets a smaller one later, so no kiosk skips a change
 * committed late. The first writer appends and holds its transaction open; the second must
 * wait for it before it can append, and nothing of either is readable until each commits.
 */
class FeedCommitOrderTest {

    private Database database;
    private final ChangeFeed feed = new ChangeFeed(SyncJson.mapper());

    @BeforeEach
    void open() {
        database = TestDatabases.postgres(TestPostgres.shared());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_later_writer_waits_for_the_earlier_one_so_sequence_numbers_become_visible_in_order() throws Exception {
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> database.write(c -> {
            feed.append(c, "rouen", change("first"));
            firstAppended.countDown();
            await(releaseFirst);
            return null;
        }));
        assertThat(firstAppended.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> database.write(c -> {
            feed.append(c, "rouen", change("second"));
            return null;
        }));

        Eventually.await("the second writer waiting on a lock, or done",
                () -> second.isDone() || waitingOnALock() > 0);
        assertThat(second).as("the second writer cannot take a sequence number while the first is open")
                .isNotDone();
        assertThat(page()).as("a reader meanwhile sees neither").isEqualTo(List.of());

        releaseFirst.countDown();
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        assertThat(page()).as("in commit order").containsExactly("first", "second");
    }

    private List<String> page() {
        return database.read(c -> Sql.list(c, "SELECT body FROM central_feed ORDER BY seq",
                row -> row.getString(1).contains("\"first\"") ? "first" : "second"));
    }

    private int waitingOnALock() {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM pg_locks WHERE NOT granted"));
    }

    private static Change change(String id) {
        return new Change.EstablishmentChanged(new Establishment(id, id, "", "", "", ZoneId.of("Europe/Paris")));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
