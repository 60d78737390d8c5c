package fr.borne.ctl;

import fr.borne.device.config.DeviceFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code device test scanner|printer|light}. */
@Command(name = "device", description = "Test the kiosk's devices.", subcommands = DeviceCommand.Test.class)
final class DeviceCommand {

    @ParentCommand
    BorneCtl ctl;

    @Command(name = "test", description = "Test one device. The kiosk app holds the devices while it runs: "
            + "stop it first (sudo systemctl stop borne-kiosk) unless the device is a network printer.",
            subcommands = {ScannerTest.class, PrinterTest.class, LightTest.class})
    static final class Test {

        @ParentCommand
        DeviceCommand device;

        BorneCtl ctl() {
            return device.ctl;
        }

        DeviceFactory factory() {
            return new DeviceFactory(ctl().clock);
        }
    }
}
