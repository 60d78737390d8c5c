package fr.borne.device.indicator;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import fr.borne.device.testing.Conditions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The GPIO indicator on Pi4J's mock digital outputs. */
class GpioIndicatorTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Context pi4j = Pi4J.newContextBuilder().autoDetectMockPlugins().add(MockDigitalOutputProvider.newInstance()).build();
    private GpioIndicator indicator;

    @AfterEach
    void close() {
        if (indicator != null) {
            indicator.close();
        }
    }

    private GpioIndicator started(boolean activeLow) {
        indicator = new GpioIndicator(pi4j, new IndicatorPins(17, 27, 22, activeLow));
        indicator.start();
        return indicator;
    }

    private DigitalOutput pin(String id) {
        return pi4j.io(id, DigitalOutput.class);
    }

    private void awaitStates(DigitalState green, DigitalState red) throws InterruptedException {
        Conditions.await("green " + green + " red " + red, WAIT,
                () -> pin("borne-light-green").state() == green && pin("borne-light-red").state() == red);
    }

    @Test
    void eachLightStateDrivesTheLamps() throws Exception {
        GpioIndicator ind = started(false);
        ind.light(Light.READY);
        awaitStates(DigitalState.HIGH, DigitalState.LOW);
        ind.light(Light.BUSY);
        awaitStates(DigitalState.HIGH, DigitalState.HIGH);
        ind.light(Light.ERROR);
        awaitStates(DigitalState.LOW, DigitalState.HIGH);
        assertThat(ind.currentLight()).isEqualTo(Light.ERROR);
    }

    @Test
    void outOfServiceBlinksRed() throws Exception {
        GpioIndicator ind = started(false);
        ind.light(Light.READY);
        awaitStates(DigitalState.HIGH, DigitalState.LOW);
        List<DigitalState> red = new CopyOnWriteArrayList<>();
        pin("borne-light-red").addListener(e -> red.add(e.state()));
        ind.light(Light.OUT_OF_SERVICE);
        Conditions.await("red blinking", WAIT, () -> red.size() >= 3);
        assertThat(red.subList(0, 3)).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH);
        assertThat(pin("borne-light-green").state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void errorBeepIsThreePulses() throws Exception {
        GpioIndicator ind = started(false);
        List<DigitalState> buzzer = new CopyOnWriteArrayList<>();
        pin("borne-buzzer").addListener(e -> buzzer.add(e.state()));
        ind.beep(Beep.ERROR);
        Conditions.await("three pulses", WAIT, () -> buzzer.size() >= 6);
        assertThat(buzzer).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH,
                DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
    }

    @Test
    void activeLowOutputsAreInverted() throws Exception {
        GpioIndicator ind = started(true);
        ind.light(Light.READY);
        awaitStates(DigitalState.LOW, DigitalState.HIGH);
    }

    @Test
    void releaseSwitchesEverythingOff() throws Exception {
        GpioIndicator ind = started(false);
        ind.light(Light.BUSY);
        awaitStates(DigitalState.HIGH, DigitalState.HIGH);
        ind.release();
        awaitStates(DigitalState.LOW, DigitalState.LOW);
    }
}
