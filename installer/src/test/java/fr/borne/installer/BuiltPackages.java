package fr.borne.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The .deb files built by jdeb in this module's target folder, and how the build was set. */
final class BuiltPackages {

    static final List<String> ARCHITECTURES = List.of("amd64", "arm64");

    private BuiltPackages() {
    }

    static Path deb(String arch) {
        Path dir = Path.of(System.getProperty("borne.deb.dir", "target"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> debs = files
                    .filter(p -> p.getFileName().toString().matches("borne_.*_" + arch + "\\.deb"))
                    .toList();
            assertThat(debs).as("one borne_*_%s.deb in %s", arch, dir).hasSize(1);
            return debs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "apps" when the kiosk app and sync agent are packaged, "stand-in" otherwise. */
    static String appKind() {
        return System.getProperty("borne.app.kind", "stand-in");
    }

    static String kioskMain() {
        return System.getProperty("borne.kiosk.main");
    }

    static String agentMain() {
        return System.getProperty("borne.agent.main");
    }

    /** The technician tool's main class, empty when the package has no technician tool. */
    static String technicianMain() {
        return System.getProperty("borne.technician.main", "");
    }

    /** The control file's fields, continuation lines joined. */
    static Map<String, String> controlFields(Path deb) {
        String control = Command.of("dpkg-deb", "-f", deb.toString()).succeeds().out();
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : control.split("\n")) {
            if (line.startsWith(" ") && last != null) {
                fields.put(last, fields.get(last) + "\n" + line.substring(1));
            } else if (line.contains(":")) {
                last = line.substring(0, line.indexOf(':'));
                fields.put(last, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return fields;
    }

    /** Extracts the data files of the package into a folder. */
    static Path extract(Path deb, Path into) {
        Command.of("dpkg-deb", "-x", deb.toString(), into.toString()).succeeds();
        return into;
    }

    /** Extracts the control files (maintainer scripts, conffiles) into a folder. */
    static Path extractControl(Path deb, Path into) {
        Command.of("dpkg-deb", "-e", deb.toString(), into.toString()).succeeds();
        return into;
    }
}
