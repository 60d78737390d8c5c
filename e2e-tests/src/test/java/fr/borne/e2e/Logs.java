package fr.borne.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the programs' output goes: kept after the test (target/e2e-logs/<test>), for a failure's post-mortem. */
final class Logs {

    private Logs() {
    }

    static Path folder(Class<?> test) throws IOException {
        Path root = Path.of(System.getProperty("borne.e2e.logs", "target/e2e-logs"));
        return Files.createDirectories(root.resolve(test.getSimpleName()));
    }
}
