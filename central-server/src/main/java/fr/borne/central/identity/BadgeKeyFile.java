package fr.borne.central.identity;

import fr.borne.visitor.BadgeKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The deployment's badge key file, {@code badge.key} in the folder of {@code ca init}: a
 * fresh random 32-byte key a line ({@code id:base64}, the id the time it was made), current
 * first. Made with its final mode 0600 and never overwritten; a kiosk's copy is 0640.
 */
public final class BadgeKeyFile {

    public static final String NAME = "badge.key";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private BadgeKeyFile() {
    }

    /** Writes a new key file with one fresh key; refuses an existing file. */
    public static String create(Path file, Clock clock) throws IOException {
        String id = id(clock);
        write(file, List.of(line(id)), "rw-------");
        return id;
    }

    /**
     * A fresh key becomes current and the current one previous (an older previous one is
     * dropped); the file is replaced in one move. Returns the new key's id.
     */
    public static String rotate(Path file, Clock clock) throws IOException {
        String currentId = BadgeKeys.read(file).currentId();
        String made = id(clock);
        String id = made.equals(currentId) ? made + "-2" : made;
        String current = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElseThrow();
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(next);
        write(next, List.of(line(id), current), "rw-------");
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    /** A copy for a kiosk, mode 0640 (the kiosk's user and its agent read it through their group). */
    public static void copyForKiosk(Path file, Path target) throws IOException {
        BadgeKeys.read(file);
        write(target, Files.readAllLines(file, StandardCharsets.UTF_8), "rw-r-----");
    }

    private static String line(String id) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return id + ":" + Base64.getEncoder().encodeToString(secret);
    }

    /** The key's id: when it was made, to the second, in UTC ({@code k20261206T035100Z}). */
    private static String id(Clock clock) {
        return "k" + ID_TIME.format(clock.instant());
    }

    private static void write(Path file, List<String> lines, String mode) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "left as it is: move it away first");
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
