package fr.borne.kiosk.support;

import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.indicator.Light;

/** The status light at the edge of the test: remembers what it was asked to show. */
public final class RecordingIndicator extends AlwaysEnabledDevice implements Indicator {

    private volatile Light light = Light.READY;

    public RecordingIndicator() {
        super("test indicator");
    }

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
}
