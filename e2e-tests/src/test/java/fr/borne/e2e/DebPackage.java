package fr.borne.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The built amd64 package's files, unpacked with {@code dpkg-deb -x} into a folder standing for {@code /}. */
final class DebPackage {

    private static final Pattern EXEC = Pattern.compile("exec /usr/lib/borne/borne-launch (\\S+) (\\S+)");

    private final Path root;

    private DebPackage(Path root) {
        this.root = root;
    }

    static DebPackage unpack(Path into, Path logs) throws IOException {
        Path dir = Path.of(System.getProperty("borne.deb.dir", "installer/target"));
        Path deb;
        try (Stream<Path> files = Files.list(dir)) {
            deb = files.filter(f -> f.getFileName().toString().matches("borne_.*_amd64\\.deb")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no borne_*_amd64.deb in " + dir));
        }
        if (Launched.run("dpkg-deb", List.of("dpkg-deb", "-x", deb.toString(), into.toString()), logs,
                Duration.ofSeconds(60)) != 0) {
            throw new AssertionError("dpkg-deb -x " + deb + " failed");
        }
        return new DebPackage(into);
    }

    /** What {@code /usr/bin/<program>} runs: the shipped launcher with its role and main class. */
    List<String> launcher(String program, String... args) throws IOException {
        Matcher exec = EXEC.matcher(Files.readString(root.resolve("usr/bin/" + program)));
        if (!exec.find()) {
            throw new AssertionError("/usr/bin/" + program + " does not exec borne-launch");
        }
        List<String> command = new java.util.ArrayList<>(List.of("sh", root.resolve("usr/lib/borne/borne-launch").toString(),
                exec.group(1), exec.group(2)));
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher's view of this unpacked tree instead of {@code /usr/share/borne/lib}. */
    Path lib() {
        return root.resolve("usr/share/borne/lib");
    }

    /** The configuration files as the package ships them. */
    Path etcBorne() {
        return root.resolve("etc/borne");
    }
}
