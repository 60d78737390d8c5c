package fr.borne.ctl;

import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.indicator.Light;
import fr.borne.store.Database;
import fr.borne.technician.KioskState;
import fr.borne.technician.TechnicianAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** Shows each light and plays each beep in turn, for the technician to watch and listen. */
@Command(name = "light", description = "Cycle the status light through its colours and play each beep.")
final class LightTest implements Callable<Integer> {

    private static final Map<Light, String> LOOKS = Map.of(
            Light.READY, "steady green",
            Light.BUSY, "green and red (amber)",
            Light.ERROR, "steady red",
            Light.OUT_OF_SERVICE, "blinking red");
    private static final Map<Beep, String> SOUNDS = Map.of(
            Beep.SHORT, "one short beep",
            Beep.LONG, "one long beep",
            Beep.ERROR, "three short beeps");

    @ParentCommand
    DeviceCommand.Test test;

    @Option(names = "--step-ms", paramLabel = "MILLIS", defaultValue = "2000",
            description = "How long each light and beep lasts (default: ${DEFAULT-VALUE}).")
    long stepMillis;

    @Override
    public Integer call() throws InterruptedException {
        BorneCtl ctl = test.ctl();
        PrintWriter out = ctl.out();
        try (Database db = ctl.openDatabase()) {
            Indicator indicator;
            try {
                indicator = test.factory().indicator(ctl.deviceConfig().indicator());
                indicator.start();
            } catch (RuntimeException e) {
                out.println("The light and buzzer cannot be driven: " + e.getMessage() + ". If the kiosk app is "
                        + "running it holds them: sudo systemctl stop borne-kiosk, then test again.");
                ctl.audit(db, TechnicianAction.DEVICE_TEST, "light: cannot be driven");
                return Exit.UNAVAILABLE;
            }
            try (indicator) {
                out.println("Light and buzzer: " + indicator.name());
                for (Light light : Light.values()) {
                    out.println("  light " + light + ": " + LOOKS.get(light));
                    out.flush();
                    indicator.light(light);
                    Thread.sleep(stepMillis);
                }
                for (Beep beep : Beep.values()) {
                    out.println("  beep " + beep + ": " + SOUNDS.get(beep));
                    out.flush();
                    indicator.beep(beep);
                    Thread.sleep(stepMillis);
                }
                Light resting = new KioskState(db, ctl.clock).current().outOfService() ? Light.OUT_OF_SERVICE : Light.READY;
                indicator.light(resting);
                out.println("Done; the light is back to " + resting + ". If any step did not look or sound as "
                        + "described, check the wiring against indicator.pin.* in " + ctl.devices + ".");
                ctl.audit(db, TechnicianAction.DEVICE_TEST, "light: cycled " + Light.values().length + " lights and "
                        + Beep.values().length + " beeps");
                return Exit.OK;
            }
        }
    }
}
