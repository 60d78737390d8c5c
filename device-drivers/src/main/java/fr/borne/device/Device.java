package fr.borne.device;

/**
 * A kiosk peripheral, modelled on UnifiedPOS/JavaPOS.
 *
 * <p>{@link #open()} prepares the driver, {@link #claim()} takes the hardware (opens the port,
 * the socket or the GPIO lines), {@link #enable()} lets data and status events flow. The reverse
 * steps are {@link #disable()}, {@link #release()} and {@link #close()}. None of these throws for
 * hardware trouble: an absent or unplugged device is reported through the device's own events or
 * status, and the driver keeps trying to reach it. Only a call made in the wrong state throws
 * {@link IllegalStateException}, which is a programming error.
 *
 * <p>Events are delivered on the driver's own thread; a UI must hop to its own thread.
 */
public interface Device extends AutoCloseable {

    /** A short description for logs and the technician screen, e.g. {@code serial scanner /dev/borne-scanner}. */
    String name();

    DeviceState state();

    void open();

    void claim();

    void enable();

    void disable();

    void release();

    /** Releases everything; safe to call in any state and more than once. */
    @Override
    void close();

    /** Opens, claims and enables in one go: what a kiosk does at start-up. */
    default void start() {
        if (state() == DeviceState.CLOSED) {
            open();
        }
        if (state() == DeviceState.OPENED) {
            claim();
        }
        if (state() == DeviceState.CLAIMED) {
            enable();
        }
    }
}
