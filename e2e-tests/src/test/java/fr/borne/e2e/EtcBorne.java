package fr.borne.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An {@code /etc/borne} folder written as installer/README.md tells a technician: the shipped
 * files, the enrolment's certificates installed 0640 into {@code certificates/} and its badge key
 * as {@code badge.key}, and the keys of
 * {@code sync-agent.properties}, {@code kiosk.properties} and {@code devices.properties} set by
 * removing the leading '#' and giving the value (or adding the line when the shipped file has none).
 */
final class EtcBorne {

    private final Path dir;

    private EtcBorne(Path dir) {
        this.dir = dir;
    }

    /** Step 3's result: the package's conffiles in place. */
    static EtcBorne installed(DebPackage deb, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("certificates"));
        try (Stream<Path> shipped = Files.list(deb.etcBorne())) {
            for (Path file : shipped.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new EtcBorne(dir);
    }

    /** Step 4: {@code install -m 0640 kiosk.pem kiosk.key central-ca.pem /etc/borne/certificates/}. */
    void installCertificates(Path enrolled) throws IOException {
        for (String name : List.of("kiosk.pem", "kiosk.key", "central-ca.pem")) {
            Path target = dir.resolve("certificates").resolve(name);
            Files.copy(enrolled.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        }
    }

    /**
     * Step 4, the badge key: {@code install -m 0640 -o root -g borne-data badge.key /etc/borne/badge.key};
     * the launcher names it to every program (BORNE_BADGE_KEY_FILE from BORNE_CONFIG_DIR).
     */
    void installBadgeKey(Path enrolled) throws IOException {
        Path target = dir.resolve("badge.key");
        Files.copy(enrolled.resolve("badge.key"), target, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    }

    Path certificate(String name) {
        return dir.resolve("certificates").resolve(name);
    }

    /** Step 5: edit a file's keys. */
    void edit(String file, Map<String, String> values) throws IOException {
        Path path = dir.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        for (Map.Entry<String, String> value : values.entrySet()) {
            String line = value.getKey() + "=" + value.getValue();
            int at = indexOfKey(lines, value.getKey());
            if (at >= 0) {
                lines.set(at, line);
            } else {
                lines.add(line);
            }
        }
        Files.write(path, lines);
    }

    /** Removes a key's line, as devices.properties says to do for {@code printer.device} with another printer. */
    void remove(String file, String key) throws IOException {
        Path path = dir.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        lines.removeIf(line -> line.startsWith(key + "="));
        Files.write(path, lines);
    }

    Path dir() {
        return dir;
    }

    private static int indexOfKey(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String bare = lines.get(i).replaceFirst("^#\\s*", "");
            if (bare.startsWith(key + "=")) {
                return i;
            }
        }
        return -1;
    }
}
