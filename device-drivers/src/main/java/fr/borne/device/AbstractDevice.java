package fr.borne.device;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Enforces the lifecycle transitions once so each driver only writes what claiming and enabling mean for it. */
public abstract class AbstractDevice implements Device {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractDevice.class);

    private final String name;
    private volatile DeviceState state = DeviceState.CLOSED;

    protected AbstractDevice(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final DeviceState state() {
        return state;
    }

    @Override
    public final synchronized void open() {
        expect(DeviceState.CLOSED, "open");
        state = DeviceState.OPENED;
    }

    @Override
    public final synchronized void claim() {
        expect(DeviceState.OPENED, "claim");
        onClaim();
        state = DeviceState.CLAIMED;
    }

    @Override
    public final synchronized void enable() {
        expect(DeviceState.CLAIMED, "enable");
        state = DeviceState.ENABLED;
        onEnable();
    }

    @Override
    public final synchronized void disable() {
        expect(DeviceState.ENABLED, "disable");
        state = DeviceState.CLAIMED;
        onDisable();
    }

    @Override
    public final synchronized void release() {
        if (state == DeviceState.ENABLED) {
            disable();
        }
        expect(DeviceState.CLAIMED, "release");
        onRelease();
        state = DeviceState.OPENED;
    }

    @Override
    public final synchronized void close() {
        try {
            if (state == DeviceState.ENABLED || state == DeviceState.CLAIMED) {
                release();
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: error while releasing on close", name, e);
        } finally {
            state = DeviceState.CLOSED;
        }
        try {
            onClose();
        } catch (RuntimeException e) {
            LOG.warn("{}: error while closing", name, e);
        }
    }

    protected final boolean isEnabled() {
        return state == DeviceState.ENABLED;
    }

    /** Takes the hardware. Must not throw for an absent device: report it and keep trying instead. */
    protected abstract void onClaim();

    protected void onEnable() {
    }

    protected void onDisable() {
    }

    protected abstract void onRelease();

    /** Frees what lives longer than a claim (e.g. a GPIO context); called by every {@link #close()}. */
    protected void onClose() {
    }

    private void expect(DeviceState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException(name + ": cannot " + action + " when " + state + " (expected " + expected + ")");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
