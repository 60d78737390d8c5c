package fr.borne.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ARCHITECTURE.md: booking-core knows nothing of screens, devices or HTTP, and the pure
 * rules know nothing of the database. Imports pointing up the module table fail here.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/borne");

    @Test
    void bookingCoreImportsNoScreenDeviceOrNetworkCode() throws IOException {
        assertThat(importsMatching(SOURCES,
                Pattern.compile("^import (static )?(fr\\.borne\\.(kiosk|device|agent|central|ctl)|javafx|okhttp3|io\\.javalin)\\.")))
                .isEmpty();
    }

    @Test
    void rulesAndValuesImportNoStorage() throws IOException {
        for (String pkg : List.of("booking", "establishment", "detainee", "visitor", "permit", "settings")) {
            assertThat(importsMatching(SOURCES.resolve(pkg),
                    Pattern.compile("^import (static )?(fr\\.borne\\.store|java\\.sql|org\\.sqlite|org\\.flywaydb)\\.")))
                    .as("package fr.borne.%s", pkg)
                    .isEmpty();
        }
    }

    static List<String> importsMatching(Path root, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).filter(l -> pattern.matcher(l).find()).map(l -> f + ": " + l))
                    .toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
