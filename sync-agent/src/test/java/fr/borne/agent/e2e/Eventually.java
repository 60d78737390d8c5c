package fr.borne.agent.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread or process does: test-support's
 * {@link fr.borne.testsupport.Eventually}, whose one ceiling applies when it is the longer.
 */
final class Eventually {

    private Eventually() {
    }

    static void await(String what, Duration deadline, BooleanSupplier done) {
        Duration ceiling = fr.borne.testsupport.Eventually.CEILING;
        fr.borne.testsupport.Eventually.await(what, deadline.compareTo(ceiling) > 0 ? deadline : ceiling, done);
    }
}
