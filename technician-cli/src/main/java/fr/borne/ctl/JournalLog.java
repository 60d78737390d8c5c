package fr.borne.ctl;

import fr.borne.technician.LogSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The kiosk's and the sync agent's recent journal lines: on an installed kiosk they log to systemd's journal. */
final class JournalLog implements LogSource {

    private static final long TIMEOUT_SECONDS = 20;

    @Override
    public String name() {
        return "journal.log";
    }

    @Override
    public String read(int maxBytes) throws IOException {
        Process process = new ProcessBuilder("journalctl", "-u", "borne-kiosk", "-u", "borne-sync-agent",
                "--since", "-48h", "--no-pager", "-o", "short-iso")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] bytes;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("journalctl did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the journal", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("journalctl exited with " + process.exitValue());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.length() > maxBytes) {
            text = text.substring(text.length() - maxBytes);
            text = text.substring(text.indexOf('\n') + 1);
        }
        return text;
    }
}
