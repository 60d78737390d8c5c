package fr.borne.device.config;

import fr.borne.device.indicator.IndicatorPins;

/** Which indicator the kiosk uses ({@code indicator=simulated|gpio}). */
public sealed interface IndicatorConfig {

    /** Logs what the light and buzzer would do. */
    record Simulated() implements IndicatorConfig {
    }

    record Gpio(IndicatorPins pins) implements IndicatorConfig {
    }
}
