package fr.borne.central.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.TlsCentral;
import fr.borne.establishment.Round;
import fr.borne.sync.Change;
import fr.borne.sync.ChangePage;
import fr.borne.sync.Problem;
import fr.borne.sync.SyncJson;
import fr.borne.testsupport.Eventually;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long polls of the feed over mutual TLS: a change reaches a waiting kiosk as soon as it is
 * in the feed (not when the wait ends), a wait with nothing to tell ends with an empty page,
 * and no client holds more waits than central allows.
 */
class FeedLongPollTest {

    /** Far longer than any test takes: a wait that ends on its timeout fails the first test. */
    private static final long LONG_WAIT_MILLIS = 25_000;

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.mapper();
    private final TestCertificates certificates = new TestCertificates();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private TlsCentral central;

    @AfterEach
    void stop() {
        callers.shutdownNow();
        if (central != null) {
            central.close();
        }
    }

    private void start(FeedWaits.Limits limits) {
        central = TlsCentral.start(dir.resolve("central.db"), Clock.systemUTC(), certificates, services -> {
            DemoLoader.load(services);
            TlsCentral.register(services, "rouen-1", "rouen", "rouen-2", "rouen", "dijon-1", "dijon");
        }, limits);
    }

    private OkHttpClient kiosk(String id) {
        return certificates.client(certificates.issue(id)).newBuilder().readTimeout(Duration.ofSeconds(60)).build();
    }

    private long head() {
        return central.database().read(c -> new ChangeFeed(json).head(c));
    }

    private Future<Answer> waitOnFeed(OkHttpClient client, long cursor, long waitMillis) {
        Request request = new Request.Builder()
                .url(central.base() + "/v1/changes?cursor=" + cursor + "&wait=" + waitMillis).build();
        return callers.submit(() -> {
            try (Response response = client.newCall(request).execute()) {
                return new Answer(response.code(), response.header("Borne-Feed-Wait"), response.body().string());
            }
        });
    }

    private record Answer(int status, String granted, String body) {
    }

    private void publishRound(String establishment, int capacity) {
        central.database().write(c -> {
            central.services().publisher().publish(c, List.of(new Change.RoundChanged(new Round(
                    establishment + "-long-poll", establishment, DayOfWeek.WEDNESDAY, LocalTime.of(11, 0),
                    Duration.ofMinutes(60), capacity))), Clock.systemUTC().instant());
            return null;
        });
    }

    @Test
    void a_change_reaches_a_waiting_kiosk_without_waiting_for_the_end_of_its_wait() throws Exception {
        start(FeedWaits.Limits.defaults());
        long cursor = head();
        Future<Answer> rouen = waitOnFeed(kiosk("rouen-1"), cursor, LONG_WAIT_MILLIS);
        Future<Answer> dijon = waitOnFeed(kiosk("dijon-1"), cursor, LONG_WAIT_MILLIS);
        Eventually.await("both kiosks wait on the feed", () -> central.server().feedWaiting() == 2);

        // Written straight to the database, as another central instance would: the watcher finds it.
        publishRound("rouen", 12);

        Answer answer = rouen.get(LONG_WAIT_MILLIS / 2, TimeUnit.MILLISECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.granted()).isEqualTo(Long.toString(LONG_WAIT_MILLIS));
        ChangePage page = json.readValue(answer.body(), ChangePage.class);
        assertThat(page.changes()).singleElement().isInstanceOfSatisfying(Change.RoundChanged.class,
                changed -> assertThat(changed.round().capacity()).isEqualTo(12));
        assertThat(Long.parseLong(page.nextCursor())).isGreaterThan(cursor);
        assertThat(dijon).as("another establishment's kiosk is not woken by rouen's change").isNotDone();
        assertThat(central.server().feedWaiting()).isEqualTo(1);
    }

    @Test
    void a_wait_with_nothing_to_tell_ends_with_an_empty_page_at_the_same_cursor() throws Exception {
        start(FeedWaits.Limits.defaults());
        long cursor = head();
        Answer answer = waitOnFeed(kiosk("rouen-1"), cursor, 200).get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        ChangePage page = json.readValue(answer.body(), ChangePage.class);
        assertThat(page.changes()).isEmpty();
        assertThat(page.more()).isFalse();
        assertThat(page.nextCursor()).isEqualTo(Long.toString(cursor));
        Eventually.await("the wait gave its place back", () -> central.server().feedWaiting() == 0);
    }

    @Test
    void a_kiosk_at_the_head_is_given_without_a_read_the_empty_page_the_feed_writes_there() {
        start(FeedWaits.Limits.defaults());
        long cursor = head();
        String read = central.database().read(c -> new ChangeFeed(json).pageJson(c, "rouen", "rouen-1", cursor, 500));
        assertThat(ChangeFeed.emptyPage(cursor)).isEqualTo(read);
    }

    @Test
    void a_kiosk_behind_the_feed_is_answered_at_once_whatever_wait_it_asks() throws Exception {
        start(FeedWaits.Limits.defaults());
        Answer answer = waitOnFeed(kiosk("rouen-1"), 0, LONG_WAIT_MILLIS).get(LONG_WAIT_MILLIS / 2, TimeUnit.MILLISECONDS);
        assertThat(json.readValue(answer.body(), ChangePage.class).changes()).isNotEmpty();
    }

    @Test
    void no_kiosk_holds_more_waits_than_its_share_and_none_beyond_centrals_total() throws Exception {
        start(new FeedWaits.Limits(2, 3, Duration.ofSeconds(25), Duration.ofMillis(100)));
        long cursor = head();
        OkHttpClient rouen = kiosk("rouen-1");
        List<Future<Answer>> held = new ArrayList<>();
        held.add(waitOnFeed(rouen, cursor, LONG_WAIT_MILLIS));
        held.add(waitOnFeed(rouen, cursor, LONG_WAIT_MILLIS));
        Eventually.await("rouen-1 holds two waits", () -> central.server().feedWaiting() == 2);

        Answer third = waitOnFeed(rouen, cursor, LONG_WAIT_MILLIS).get(60, TimeUnit.SECONDS);
        assertThat(third.status()).isEqualTo(429);
        assertThat(json.readValue(third.body(), Problem.class).code()).isEqualTo(Problem.TOO_MANY_WAITS);

        OkHttpClient other = kiosk("rouen-2");
        held.add(waitOnFeed(other, cursor, LONG_WAIT_MILLIS));
        Eventually.await("central holds its total of three waits", () -> central.server().feedWaiting() == 3);
        Answer beyond = waitOnFeed(other, cursor, LONG_WAIT_MILLIS).get(60, TimeUnit.SECONDS);
        assertThat(beyond.status()).isEqualTo(503);
        assertThat(json.readValue(beyond.body(), Problem.class).code()).isEqualTo(Problem.BUSY);

        Answer negative = waitOnFeed(other, cursor, -1).get(60, TimeUnit.SECONDS);
        assertThat(negative.status()).isEqualTo(400);

        publishRound("rouen", 9);
        for (Future<Answer> wait : held) {
            assertThat(wait.get(LONG_WAIT_MILLIS / 2, TimeUnit.MILLISECONDS).status()).isEqualTo(200);
        }
        Eventually.await("every place given back", () -> central.server().feedWaiting() == 0);
    }
}
