package fr.borne.device.simulator;

import fr.borne.device.AbstractDevice;
import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.indicator.Light;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An indicator for laptops and demos: says in the log what the light and buzzer would do. */
public final class LoggingIndicator extends AbstractDevice implements Indicator {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingIndicator.class);

    private volatile Light light = Light.OUT_OF_SERVICE;

    public LoggingIndicator() {
        super("simulated indicator");
    }

    @Override
    public void light(Light newLight) {
        light = newLight;
        LOG.info("light: {}", newLight);
    }

    @Override
    public Light currentLight() {
        return light;
    }

    @Override
    public void beep(Beep beep) {
        LOG.info("beep: {}", beep);
    }

    @Override
    protected void onClaim() {
        LOG.info("indicator claimed");
    }

    @Override
    protected void onRelease() {
        LOG.info("indicator released");
    }
}
