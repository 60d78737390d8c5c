package fr.borne.technician;

import java.time.Duration;

/** How many wrong PINs in a row lock an account, and for how long. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lockFor must be positive");
        }
    }

    /** Five wrong PINs lock the account for fifteen minutes. */
    public static LockoutPolicy defaults() {
        return new LockoutPolicy(5, Duration.ofMinutes(15));
    }
}
