package fr.borne.device.indicator;

import fr.borne.device.Device;

/** The status light and buzzer. Calls return at once; beeps play in the background. */
public interface Indicator extends Device {

    void light(Light light);

    /** The light last asked for. */
    Light currentLight();

    void beep(Beep beep);
}
