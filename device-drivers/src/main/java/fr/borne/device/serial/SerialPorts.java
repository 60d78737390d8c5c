package fr.borne.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Optional;

/** Finds and opens a serial port through jSerialComm; an absent port is an empty answer, not an exception. */
public final class SerialPorts {

    private static final Logger LOG = LoggerFactory.getLogger(SerialPorts.class);

    private SerialPorts() {
    }

    /**
     * Opens the port with the settings' line parameters and the given read timeout (semi-blocking: a read returns as
     * soon as a byte is there, or after the timeout with nothing).
     */
    public static Optional<SerialPort> open(SerialSettings settings, int readTimeoutMillis, int writeTimeoutMillis) {
        Optional<SerialPort> found = find(settings.port());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SerialPort port = found.get();
        port.setComPortParameters(settings.baud(), settings.dataBits(),
                settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, parity(settings.parity()));
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                readTimeoutMillis, writeTimeoutMillis);
        // openPort()'s return is the truth; getLastErrorCode() reports stale codes after a good open on a pty.
        if (!port.openPort()) {
            LOG.debug("cannot open serial port {}", settings.port());
            return Optional.empty();
        }
        return Optional.of(port);
    }

    static Optional<SerialPort> find(PortSelector selector) {
        if (selector instanceof PortSelector.ByPath byPath) {
            try {
                return Optional.of(SerialPort.getCommPort(byPath.path()));
            } catch (SerialPortInvalidPortException e) {
                return Optional.empty();
            }
        }
        PortSelector.ByUsbId usb = (PortSelector.ByUsbId) selector;
        return Arrays.stream(SerialPort.getCommPorts())
                .filter(p -> p.getVendorID() == usb.vendorId() && p.getProductID() == usb.productId())
                .findFirst();
    }

    private static int parity(Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
        };
    }
}
