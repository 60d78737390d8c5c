package fr.borne.kiosk.support;

import fr.borne.kiosk.timers.Timers;
import fr.borne.testsupport.ManualScheduler;

import java.time.Duration;

/** The kiosk's timers on a test's virtual time: they run when the test advances the scheduler, not before. */
public final class ManualTimers implements Timers {

    private final ManualScheduler scheduler;

    public ManualTimers(ManualScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Timer after(Duration delay, Runnable action) {
        return scheduler.after(delay, action)::cancel;
    }

    @Override
    public Timer every(Duration period, Runnable action) {
        return scheduler.every(period, action)::cancel;
    }
}
