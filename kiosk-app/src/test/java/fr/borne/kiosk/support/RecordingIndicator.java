package fr.borne.kiosk.support;

import fr.borne.device.DeviceState;
import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.indicator.Light;

/** The status light at the edge of the test: remembers what it was asked to show. */
public final class RecordingIndicator implements Indicator {

    private volatile Light light = Light.READY;

    @Override
    public void light(Light newLight) {
        this.light = newLight;
    }

    @Override
    public Light currentLight() {
        return light;
    }

    @Override
    public void beep(Beep beep) {
    }

    @Override
    public String name() {
        return "test indicator";
    }

    @Override
    public DeviceState state() {
        return DeviceState.ENABLED;
    }

    @Override
    public void open() {
    }

    @Override
    public void claim() {
    }

    @Override
    public void enable() {
    }

    @Override
    public void disable() {
    }

    @Override
    public void release() {
    }

    @Override
    public void close() {
    }
}
