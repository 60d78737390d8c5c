package fr.borne.device.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * A serial line's parameters. Baud and framing are ignored by pseudo-terminals but matter on RS-232.
 *
 * @param reconnectDelay pause between attempts to reopen a port that is missing or was unplugged
 */
public record SerialSettings(PortSelector port, int baud, int dataBits, Parity parity, int stopBits, Duration reconnectDelay) {

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        if (baud <= 0 || dataBits < 5 || dataBits > 8 || stopBits < 1 || stopBits > 2) {
            throw new IllegalArgumentException("invalid serial parameters " + baud + " " + dataBits + parity + stopBits);
        }
    }

    public static SerialSettings of(PortSelector port) {
        return new SerialSettings(port, 9600, 8, Parity.NONE, 1, Duration.ofSeconds(1));
    }

    public SerialSettings withBaud(int newBaud) {
        return new SerialSettings(port, newBaud, dataBits, parity, stopBits, reconnectDelay);
    }

    public SerialSettings withReconnectDelay(Duration delay) {
        return new SerialSettings(port, baud, dataBits, parity, stopBits, delay);
    }
}
