package fr.borne.central.fleet;

import java.time.Duration;

/** "il y a 4 min": how long ago, in the coarsest unit that still helps a technician. */
public final class RelativeTime {

    private final Messages messages;

    public RelativeTime(Messages messages) {
        this.messages = messages;
    }

    /** A negative age (a clock running ahead) reads as just now. */
    public String ago(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 10) {
            return messages.text("ago.now");
        }
        if (seconds < 60) {
            return messages.text("ago.seconds", seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return messages.text("ago.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return messages.text("ago.hours", hours, String.format("%02d", minutes % 60));
        }
        return messages.text("ago.days", hours / 24);
    }
}
