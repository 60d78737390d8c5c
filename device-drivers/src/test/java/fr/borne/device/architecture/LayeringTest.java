package fr.borne.device.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** ARCHITECTURE.md: device-drivers knows nothing of bookings, screens or the network. */
class LayeringTest {

    private static final Pattern UPWARD = Pattern.compile(
            "^import (static )?(fr\\.borne\\.(?!device\\.)|javafx\\.|okhttp3\\.)");

    @Test
    void deviceDriversImportNothingAboveThem() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f).stream()
                                    .filter(l -> UPWARD.matcher(l).find())
                                    .map(l -> f + ": " + l);
                        } catch (IOException e) {
                            throw new IllegalStateException(f.toString(), e);
                        }
                    })
                    .toList();
        }
        assertThat(offending).isEmpty();
    }
}
