package fr.borne.kiosk.work;

import fr.borne.kiosk.support.ManualTimers;
import fr.borne.testsupport.ManualScheduler;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of waiting, on work the test runs when it likes and virtual time for "one moment". */
class WaitingTest {

    private final Deque<Runnable> work = new ArrayDeque<>();
    private final ManualScheduler time = new ManualScheduler(TestClock.at(Instant.parse("2026-11-23T11:00:00Z")));
    private final Waiting waiting = new Waiting(new Background(work::add, Runnable::run), new ManualTimers(time));
    private final List<String> heard = new ArrayList<>();

    private void runWork() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    @Test
    @DisplayName("An answer within 150 ms shows nothing; a later one shows one moment until it comes")
    void oneMomentOnlyWhenTheAnswerIsLate() {
        waiting.ask(() -> "days", heard::add);
        assertThat(waiting.busyProperty().get()).isTrue();
        time.advance(Duration.ofMillis(149));
        assertThat(waiting.shownProperty().get()).isFalse();
        time.advance(Duration.ofMillis(1));
        assertThat(waiting.shownProperty().get()).isTrue();
        runWork();
        assertThat(heard).containsExactly("days");
        assertThat(waiting.shownProperty().get()).isFalse();
        assertThat(waiting.busyProperty().get()).isFalse();

        waiting.ask(() -> "rounds", heard::add);
        runWork();
        time.advance(Duration.ofSeconds(1));
        assertThat(waiting.shownProperty().get()).as("an answer in time leaves nothing behind").isFalse();
    }

    @Test
    @DisplayName("A question no longer waited for, or overtaken by another, is forgotten")
    void aQuestionStoppedOrOvertakenIsForgotten() {
        waiting.ask(() -> "first", heard::add);
        waiting.cancel();
        waiting.ask(() -> "second", heard::add);
        waiting.ask(() -> "third", heard::add);
        runWork();
        assertThat(heard).containsExactly("third");
    }

    @Test
    @DisplayName("An action's answer comes even after the visitor stopped waiting, and no second action starts meanwhile")
    void anActionIsNeverForgotten() {
        List<String> stopped = new ArrayList<>();
        assertThat(waiting.act(() -> "booked", heard::add, () -> stopped.add("home"))).isTrue();
        time.advance(Duration.ofMillis(200));
        assertThat(waiting.awaitingAction()).isTrue();
        waiting.cancel();
        assertThat(stopped).containsExactly("home");
        assertThat(waiting.busyProperty().get()).as("the screen is the visitor's again").isFalse();
        assertThat(waiting.act(() -> "booked twice", heard::add, () -> { })).as("a second booking").isFalse();
        assertThat(waiting.ask(() -> "home", heard::add)).as("a question may go meanwhile").isTrue();
        waiting.forget();
        runWork();
        assertThat(heard).containsExactly("booked");
        assertThat(waiting.act(() -> "cancelled", heard::add, () -> { })).as("once the first is answered").isTrue();
    }

    @Test
    @DisplayName("A fault in the work goes to the trouble handler, on the screen's side")
    void aFaultIsTrouble() {
        List<Throwable> trouble = new ArrayList<>();
        waiting.onTrouble(trouble::add);
        waiting.<String>ask(() -> {
            throw new IllegalStateException("bug");
        }, heard::add);
        runWork();
        assertThat(trouble).singleElement().extracting(Throwable::getMessage).isEqualTo("bug");
        assertThat(waiting.busyProperty().get()).isFalse();
    }
}
