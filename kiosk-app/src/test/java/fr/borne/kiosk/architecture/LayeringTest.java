package fr.borne.kiosk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ARCHITECTURE.md: the kiosk app reads its replica and never speaks to central; its few
 * online questions go to its own sync agent, through one package, over loopback. Imports
 * of the agent's or the central server's code, or of HTTP libraries, fail here.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/borne/kiosk");
    private static final Pattern OTHER_PROCESSES = Pattern.compile(
            "^import (static )?(fr\\.borne\\.(agent|central|ctl)|okhttp3|io\\.javalin|org\\.eclipse\\.jetty)\\.");
    private static final Pattern HTTP = Pattern.compile("^import (static )?(java\\.net\\.http|okhttp3)\\.");

    @Test
    void theKioskAppImportsNoCodeOfTheAgentOrTheCentralServer() throws IOException {
        assertThat(importsMatching(SOURCES, OTHER_PROCESSES)).isEmpty();
    }

    @Test
    void onlyTheAgentClientSpeaksHttp() throws IOException {
        assertThat(importsMatching(SOURCES, HTTP))
                .allMatch(line -> line.startsWith(SOURCES.resolve("online").toString()), "in package fr.borne.kiosk.online")
                .isNotEmpty();
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
