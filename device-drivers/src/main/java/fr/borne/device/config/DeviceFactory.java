package fr.borne.device.config;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import fr.borne.device.indicator.GpioIndicator;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.printer.DeviceFileTransport;
import fr.borne.device.printer.EscPosPrinter;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.device.printer.SerialTransport;
import fr.borne.device.printer.TcpTransport;
import fr.borne.device.scanner.BarcodeScanner;
import fr.borne.device.scanner.KeyboardWedgeScanner;
import fr.borne.device.scanner.SerialScanner;
import fr.borne.device.simulator.FolderPrinter;
import fr.borne.device.simulator.LoggingIndicator;
import fr.borne.device.simulator.SimulatedScanner;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Builds real or simulated devices from a {@link DeviceConfig}; meant to be called from the composition root. */
public final class DeviceFactory {

    private static final Duration TCP_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration FILE_OPEN_TIMEOUT = Duration.ofSeconds(2);

    private final Clock clock;
    private final Supplier<Context> gpio;

    /** Real GPIO through Pi4J's auto-detected providers (gpiod on a Raspberry Pi). */
    public DeviceFactory(Clock clock) {
        this(clock, Pi4J::newAutoContext);
    }

    /** @param gpio makes the Pi4J context for a GPIO indicator (tests pass a mock-plugin context) */
    public DeviceFactory(Clock clock, Supplier<Context> gpio) {
        this.clock = clock;
        this.gpio = gpio;
    }

    public Devices create(DeviceConfig config) {
        return new Devices(scanner(config.scanner()), printer(config.printer()), indicator(config.indicator()));
    }

    public BarcodeScanner scanner(ScannerConfig config) {
        if (config instanceof ScannerConfig.Serial s) {
            return new SerialScanner(s.serial(), s.framing(), clock);
        }
        if (config instanceof ScannerConfig.Keyboard k) {
            return new KeyboardWedgeScanner(k.timing(), k.format(), k.duplicateWindow(), clock);
        }
        ScannerConfig.Simulated sim = (ScannerConfig.Simulated) config;
        return new SimulatedScanner(sim.tcpPort(), sim.pipe(), sim.framing(), clock);
    }

    public ReceiptPrinter printer(PrinterConfig config) {
        if (config instanceof PrinterConfig.Serial s) {
            return new EscPosPrinter(new SerialTransport(s.serial()), s.profile());
        }
        if (config instanceof PrinterConfig.UsbDevice u) {
            return new EscPosPrinter(new DeviceFileTransport(u.device(), u.profile().statusQuery(), FILE_OPEN_TIMEOUT,
                    u.profile().printTimeout()), u.profile());
        }
        if (config instanceof PrinterConfig.Tcp t) {
            return new EscPosPrinter(new TcpTransport(t.host(), t.port(), TCP_CONNECT_TIMEOUT), t.profile());
        }
        PrinterConfig.Simulated sim = (PrinterConfig.Simulated) config;
        return new FolderPrinter(sim.folder(), sim.profile(), clock);
    }

    public Indicator indicator(IndicatorConfig config) {
        if (config instanceof IndicatorConfig.Gpio g) {
            return new GpioIndicator(gpio.get(), g.pins());
        }
        return new LoggingIndicator();
    }
}
