package fr.borne.kiosk.support;

import fr.borne.device.Device;
import fr.borne.device.DeviceState;

/** A test device that is enabled from the start, so its lifecycle calls do nothing. */
public abstract class AlwaysEnabledDevice implements Device {

    private final String name;

    protected AlwaysEnabledDevice(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final DeviceState state() {
        return DeviceState.ENABLED;
    }

    @Override
    public final void open() {
    }

    @Override
    public final void claim() {
    }

    @Override
    public final void enable() {
    }

    @Override
    public final void disable() {
    }

    @Override
    public final void release() {
    }

    @Override
    public final void close() {
    }
}
