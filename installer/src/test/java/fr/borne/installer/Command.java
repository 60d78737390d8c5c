package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real command (dpkg-deb, lintian, systemd-analyze, the package's shell scripts). */
record Command(List<String> argv, Map<String, String> env, Path directory) {

    record Result(int exitCode, String out, String err) {
        String both() {
            return out + err;
        }
    }

    static Command of(String... argv) {
        return new Command(List.of(argv), Map.of(), null);
    }

    Command withEnv(Map<String, String> extra) {
        return new Command(argv, extra, directory);
    }

    Command in(Path dir) {
        return new Command(argv, env, dir);
    }

    Result run() {
        try {
            Path out = Files.createTempFile("cmd", ".out");
            Path err = Files.createTempFile("cmd", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(argv))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                builder.environment().putAll(env);
                if (directory != null) {
                    builder.directory(directory.toFile());
                }
                Process process = builder.start();
                process.getOutputStream().close();
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("still running after 3 minutes: " + argv);
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs and insists on exit code 0, showing the output otherwise. */
    Result succeeds() {
        Result result = run();
        assertThat(result.exitCode()).as("%s%n%s", argv, result.both()).isZero();
        return result;
    }

    /**
     * Skips the test where a tool is missing on a developer's machine; in CI (CI=true, where
     * scripts/install-deps.sh has installed the tools) a missing tool fails the test.
     */
    static void requireTool(String tool) {
        boolean present = of("sh", "-c", "command -v " + tool).run().exitCode() == 0;
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(tool + " is missing: run scripts/install-deps.sh");
        }
        assumeTrue(present, tool + " is not installed (scripts/install-deps.sh installs it)");
    }
}
