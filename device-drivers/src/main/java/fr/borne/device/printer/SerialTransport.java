package fr.borne.device.printer;

import com.fazecast.jSerialComm.SerialPort;
import fr.borne.device.serial.SerialPorts;
import fr.borne.device.serial.SerialSettings;

import java.io.IOException;
import java.time.Duration;

/** A printer on a serial line (RS-232 or USB CDC-ACM) through jSerialComm. */
public final class SerialTransport implements PrinterTransport {

    private static final int WRITE_TIMEOUT_MILLIS = 5000;

    private final SerialSettings settings;

    public SerialTransport(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public PrinterConnection connect() throws IOException {
        SerialPort port = SerialPorts.open(settings, 100, WRITE_TIMEOUT_MILLIS)
                .orElseThrow(() -> new IOException("serial port " + settings.port() + " is not available"));
        return new Connection(port);
    }

    @Override
    public String describe() {
        return "serial " + settings.port();
    }

    private static final class Connection implements PrinterConnection {
        private final SerialPort port;
        private final byte[] one = new byte[1];
        private int readTimeoutMillis = 100;

        Connection(SerialPort port) {
            this.port = port;
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            int offset = 0;
            while (offset < bytes.length) {
                int n = port.writeBytes(bytes, bytes.length - offset, offset);
                if (n <= 0) {
                    throw new IOException("serial write failed on " + port.getSystemPortPath());
                }
                offset += n;
            }
        }

        @Override
        public int read(Duration timeout) throws IOException {
            int millis = (int) Math.max(1, timeout.toMillis());
            if (millis != readTimeoutMillis) {
                port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, millis, WRITE_TIMEOUT_MILLIS);
                readTimeoutMillis = millis;
            }
            int n = port.readBytes(one, 1);
            if (n < 0) {
                throw new IOException("serial port " + port.getSystemPortPath() + " went away");
            }
            return n == 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public void discardInput() throws IOException {
            int available = port.bytesAvailable();
            if (available < 0) {
                throw new IOException("serial port " + port.getSystemPortPath() + " went away");
            }
            if (available > 0) {
                port.readBytes(new byte[available], available);
            }
        }

        @Override
        public void close() {
            port.closePort();
        }
    }
}
