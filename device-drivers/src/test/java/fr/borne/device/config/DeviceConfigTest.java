package fr.borne.device.config;

import com.pi4j.Pi4J;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import fr.borne.device.indicator.GpioIndicator;
import fr.borne.device.printer.BarcodeMode;
import fr.borne.device.printer.EscPosPrinter;
import fr.borne.device.scanner.KeyboardWedgeScanner;
import fr.borne.device.scanner.SerialScanner;
import fr.borne.device.scanner.Suffix;
import fr.borne.device.serial.PortSelector;
import fr.borne.device.simulator.FolderPrinter;
import fr.borne.device.simulator.LoggingIndicator;
import fr.borne.device.simulator.SimulatedScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceConfigTest {

    @TempDir
    Path dir;

    private static Properties props(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void anEmptyFileMeansEverySimulator() {
        DeviceConfig config = DeviceConfig.simulated();
        try (Devices devices = new DeviceFactory(Clock.systemUTC()).create(config)) {
            assertThat(devices.scanner()).isInstanceOf(SimulatedScanner.class);
            assertThat(devices.printer()).isInstanceOf(FolderPrinter.class);
            assertThat(devices.indicator()).isInstanceOf(LoggingIndicator.class);
        }
    }

    @Test
    void realDevicesAreChosenPerDevice() throws Exception {
        Path file = dir.resolve("devices.properties");
        Files.writeString(file, """
                scanner=serial
                scanner.port=usb:0c2e:0b61
                scanner.suffix=none
                scanner.idle-gap-ms=60
                scanner.prefix=]C0
                printer=tcp
                printer.host=10.0.0.5
                printer.barcodes=raster
                indicator=gpio
                indicator.pin.green=5
                indicator.pin.red=6
                indicator.pin.buzzer=13
                """);
        DeviceConfig config = DeviceConfig.load(file);

        ScannerConfig.Serial scanner = (ScannerConfig.Serial) config.scanner();
        assertThat(scanner.serial().port()).isEqualTo(new PortSelector.ByUsbId(0x0c2e, 0x0b61));
        assertThat(scanner.framing().suffix()).isEqualTo(Suffix.NONE);
        assertThat(scanner.framing().format().prefix()).contains("]C0");
        PrinterConfig.Tcp printer = (PrinterConfig.Tcp) config.printer();
        assertThat(printer.port()).isEqualTo(9100);
        assertThat(printer.profile().barcodes()).isEqualTo(BarcodeMode.RASTER);
        assertThat(((IndicatorConfig.Gpio) config.indicator()).pins().buzzer()).isEqualTo(13);

        DeviceFactory factory = new DeviceFactory(Clock.systemUTC(),
                () -> Pi4J.newContextBuilder().add(MockDigitalOutputProvider.newInstance()).build());
        try (Devices devices = factory.create(config)) {
            assertThat(devices.scanner()).isInstanceOf(SerialScanner.class);
            assertThat(devices.printer()).isInstanceOf(EscPosPrinter.class);
            assertThat(devices.indicator()).isInstanceOf(GpioIndicator.class);
        }
    }

    @Test
    void keyboardWedgeAndUsbPrinter() throws Exception {
        DeviceConfig config = DeviceConfig.fromProperties(props("scanner=keyboard\nprinter=usb\nprinter.device=/dev/usb/lp1\n"));
        assertThat(((PrinterConfig.UsbDevice) config.printer()).device()).isEqualTo(Path.of("/dev/usb/lp1"));
        assertThat(new DeviceFactory(Clock.systemUTC()).scanner(config.scanner())).isInstanceOf(KeyboardWedgeScanner.class);
    }

    @Test
    void mistakesNameTheKey() {
        assertThatThrownBy(() -> DeviceConfig.fromProperties(props("scanner=serial\n")))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("scanner.port");
        assertThatThrownBy(() -> DeviceConfig.fromProperties(props("printer=laser\n")))
                .hasMessageContaining("printer=laser").hasMessageContaining("tcp");
        assertThatThrownBy(() -> DeviceConfig.fromProperties(props("scanner.max-length=lots\n")))
                .hasMessageContaining("scanner.max-length");
        assertThatThrownBy(() -> DeviceConfig.fromProperties(props("indicator=gpio\nindicator.pin.red=17\n")))
                .hasMessageContaining("indicator pins");
    }
}
