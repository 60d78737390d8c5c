package fr.borne.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A serial line made by socat: two linked pseudo-terminals. The kiosk opens {@link #device()}
 * as its scanner port; the test types badges into {@link #host()} as a scanner would send them.
 */
final class PseudoTerminal implements AutoCloseable {

    private final Launched socat;
    private final Path device;
    private final Path host;

    private PseudoTerminal(Launched socat, Path device, Path host) {
        this.socat = socat;
        this.device = device;
        this.host = host;
    }

    static PseudoTerminal open(Path dir, Path logs) throws IOException {
        Path device = dir.resolve("scanner-device");
        Path host = dir.resolve("scanner-host");
        Launched socat = Launched.start("socat", List.of("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + host), Map.of(), logs);
        Waits.until(Duration.ofSeconds(20), "socat's pseudo-terminals", () -> Files.exists(device) && Files.exists(host));
        return new PseudoTerminal(socat, device, host);
    }

    Path device() {
        return device;
    }

    /** A scan as a Honeywell scanner sends it by default: the code and CR LF. */
    void scan(String code) throws IOException {
        Files.write(host, (code + "\r\n").getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
    }

    Path host() {
        return host;
    }

    @Override
    public void close() {
        socat.close();
    }
}
