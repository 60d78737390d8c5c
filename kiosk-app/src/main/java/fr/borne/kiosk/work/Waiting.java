package fr.borne.kiosk.work;

import fr.borne.kiosk.timers.Timers;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The screens' controllers ask the database and the agent through here: the work runs in
 * the {@link Background}, the answer comes back on the JavaFX thread, and when it takes
 * longer than {@link #PATIENCE} the frame shows "one moment" with a way to stop waiting.
 * Call on the JavaFX thread.
 * <p>
 * A <em>question</em> (what days are free, is central reachable) that the visitor stopped
 * waiting for is forgotten. An <em>action</em> (book, cancel, change) is never forgotten:
 * stopping the wait only gives the screen back, and the answer, when it comes, is still
 * handed to the controller, so a booking confirmed meanwhile is recorded and shown.
 */
public final class Waiting {

    /** Below this, an answer feels immediate and nothing is shown. */
    public static final Duration PATIENCE = Duration.ofMillis(150);

    private static final Logger LOG = LoggerFactory.getLogger(Waiting.class);

    private final Background background;
    private final Timers timers;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private Consumer<Throwable> trouble = fault -> LOG.error("unexpected fault in background work", fault);
    /** The request the screen waits for now, if any. */
    private Request current;
    private Timers.Timer patience = () -> { };
    private long requests;
    /** Actions sent and not answered yet, waited for or not: a second one waits for them (no double booking). */
    private int actionsUnderWay;

    public Waiting(Background background, Timers timers) {
        this.background = background;
        this.timers = timers;
    }

    /** What to do with a fault of the work (a bug, not a refusal): the journey's trouble screen. */
    public void onTrouble(Consumer<Throwable> handler) {
        this.trouble = handler;
    }

    public Background background() {
        return background;
    }

    /** True from the request until its answer (or the visitor's cancel): the screen takes no other taps. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while "one moment" is on screen: the answer is late. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the answer awaited now is an action's, which stands even if the visitor stops waiting. */
    public boolean awaitingAction() {
        return current != null && current.action();
    }

    /**
     * Asks a question; {@code then} gets the answer unless the visitor stopped waiting, the
     * session ended or another request came after it. False (and nothing done) while an
     * action is under way.
     */
    public <T> boolean ask(Supplier<T> work, Consumer<T> then) {
        return start(work, then, Optional.empty());
    }

    /**
     * Does something that changes a booking; {@code then} always gets the answer. When the
     * visitor stops waiting, {@code stopped} gives them the screen back meanwhile.
     */
    public <T> boolean act(Supplier<T> work, Consumer<T> then, Runnable stopped) {
        return start(work, then, Optional.of(stopped));
    }

    private <T> boolean start(Supplier<T> work, Consumer<T> then, Optional<Runnable> stopped) {
        if ((current != null && current.action()) || (stopped.isPresent() && actionsUnderWay > 0)) {
            // a second booking must not start while the first is under way, waited for or not
            LOG.debug("a request while an action is under way: ignored");
            return false;
        }
        if (current != null) {
            // a new question makes the one before moot
            done();
        }
        Request request = new Request(++requests, stopped.isPresent(), stopped.orElse(() -> { }));
        current = request;
        if (request.action()) {
            actionsUnderWay++;
        }
        busy.set(true);
        patience = timers.after(PATIENCE, () -> {
            if (current == request) {
                shown.set(true);
            }
        });
        background.run(() -> {
            T answer;
            try {
                answer = work.get();
            } catch (RuntimeException | Error fault) {
                background.onScreen(() -> failed(request, fault));
                return;
            }
            background.onScreen(() -> answered(request, answer, then));
        });
        return true;
    }

    private <T> void answered(Request request, T answer, Consumer<T> then) {
        if (settled(request)) {
            then.accept(answer);
        }
    }

    private void failed(Request request, Throwable fault) {
        if (settled(request)) {
            trouble.accept(fault);
        } else {
            LOG.warn("a question no longer waited for failed: {}", fault.toString());
        }
    }

    /** Counts the request's answer in; whether it still goes to the screen (waited for, or an action's). */
    private boolean settled(Request request) {
        boolean waitedFor = current == request;
        if (request.action()) {
            actionsUnderWay--;
        }
        if (waitedFor) {
            done();
        }
        return waitedFor || request.action();
    }

    /** The visitor stops waiting: the screen is theirs again; an action's answer still comes. */
    public void cancel() {
        Request request = current;
        if (request == null) {
            return;
        }
        done();
        LOG.info("visitor stopped waiting for {}", request.action() ? "an action (its answer will still be shown)" : "an answer");
        request.stopped().run();
    }

    /** The session ended: no question's answer is shown any more (actions still report theirs). */
    public void forget() {
        if (current != null) {
            done();
        }
    }

    private void done() {
        current = null;
        patience.cancel();
        busy.set(false);
        shown.set(false);
    }

    private record Request(long number, boolean action, Runnable stopped) {
    }
}
