package fr.borne.device.indicator;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfigBuilder;
import com.pi4j.io.gpio.digital.DigitalState;
import fr.borne.device.AbstractDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The status light (green and red outputs) and buzzer on GPIO through Pi4J 2. The pins are created once, on the
 * first claim, and the Pi4J context (owned by this indicator) is shut down on {@link #close()}, because a gpiod
 * line is only released with its context. Blinking and beep patterns run on one scheduler thread.
 */
public final class GpioIndicator extends AbstractDevice implements Indicator {

    private static final Logger LOG = LoggerFactory.getLogger(GpioIndicator.class);
    private static final long BLINK_MILLIS = 500;

    private final Context pi4j;
    private final IndicatorPins pins;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "indicator");
        t.setDaemon(true);
        return t;
    });
    private DigitalOutput green;
    private DigitalOutput red;
    private DigitalOutput buzzer;
    private volatile Light light = Light.OUT_OF_SERVICE;
    private ScheduledFuture<?> blinking;
    private boolean blinkOn;
    private volatile boolean claimed;

    /** @param pi4j a context this indicator owns and shuts down on close */
    public GpioIndicator(Context pi4j, IndicatorPins pins) {
        super("GPIO indicator green=" + pins.green() + " red=" + pins.red() + " buzzer=" + pins.buzzer());
        this.pi4j = pi4j;
        this.pins = pins;
    }

    @Override
    public void light(Light newLight) {
        light = newLight;
        timer.execute(this::applyLight);
    }

    @Override
    public Light currentLight() {
        return light;
    }

    @Override
    public void beep(Beep beep) {
        List<Long> steps = switch (beep) {
            case SHORT -> List.of(80L);
            case LONG -> List.of(400L);
            case ERROR -> List.of(100L, 100L, 100L, 100L, 100L);
        };
        long at = 0;
        boolean on = true;
        for (long duration : steps) {
            boolean state = on;
            timer.schedule(() -> drive(buzzer, state), at, TimeUnit.MILLISECONDS);
            at += duration;
            on = !on;
        }
        timer.schedule(() -> drive(buzzer, false), at, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onClaim() {
        if (green == null) {
            green = output("borne-light-green", pins.green());
            red = output("borne-light-red", pins.red());
            buzzer = output("borne-buzzer", pins.buzzer());
        }
        claimed = true;
        timer.execute(this::applyLight);
    }

    @Override
    protected void onRelease() {
        claimed = false;
        timer.execute(() -> {
            stopBlinking();
            drive(green, false);
            drive(red, false);
            drive(buzzer, false);
        });
    }

    @Override
    protected void onClose() {
        timer.shutdown();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            pi4j.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("{}: Pi4J shutdown failed: {}", name(), e.getMessage());
        }
    }

    private DigitalOutput output(String id, int address) {
        DigitalState off = pins.activeLow() ? DigitalState.HIGH : DigitalState.LOW;
        DigitalOutputConfigBuilder config = DigitalOutput.newConfigBuilder(pi4j)
                .id(id).name(id).address(address).initial(off).shutdown(off);
        return pi4j.create(config);
    }

    /** Runs on the timer thread only. */
    private void applyLight() {
        if (green == null || !claimed) {
            return;
        }
        stopBlinking();
        Light l = light;
        drive(green, l == Light.READY || l == Light.BUSY);
        drive(red, l == Light.BUSY || l == Light.ERROR || l == Light.OUT_OF_SERVICE);
        if (l == Light.OUT_OF_SERVICE) {
            blinkOn = true;
            blinking = timer.scheduleAtFixedRate(() -> {
                blinkOn = !blinkOn;
                drive(red, blinkOn);
            }, BLINK_MILLIS, BLINK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void stopBlinking() {
        if (blinking != null) {
            blinking.cancel(false);
            blinking = null;
        }
    }

    private void drive(DigitalOutput output, boolean on) {
        if (output == null) {
            return;
        }
        try {
            output.state(on != pins.activeLow() ? DigitalState.HIGH : DigitalState.LOW);
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot drive {}: {}", name(), output.id(), e.getMessage());
        }
    }
}
