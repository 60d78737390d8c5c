package fr.borne.device.indicator;

/**
 * BCM GPIO numbers of the indicator outputs: a green and a red lamp (both lit read as amber on a two-colour lamp)
 * and a buzzer.
 *
 * @param activeLow whether an output is driven low to switch its lamp or buzzer on
 */
public record IndicatorPins(int green, int red, int buzzer, boolean activeLow) {

    public IndicatorPins {
        if (green < 0 || red < 0 || buzzer < 0 || green == red || green == buzzer || red == buzzer) {
            throw new IllegalArgumentException("indicator pins must be distinct and non-negative: " + green + "," + red + "," + buzzer);
        }
    }
}
