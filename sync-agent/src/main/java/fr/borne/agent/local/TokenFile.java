package fr.borne.agent.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The local API's per-boot token: 32 random bytes in hex, written at every start (once the
 * API listens, so a second agent that cannot bind leaves the running one's token alone) into a
 * file of mode 0640 (owner read-write, group read), of the given group when one is named
 * (the kiosk app's), so the kiosk app's user can read it and other local users cannot.
 * Written beside the target and renamed over it, so a reader never sees half a token; the
 * mode is set explicitly, whatever the process's umask.
 */
final class TokenFile {

    private static final Set<PosixFilePermission> OWNER_RW_GROUP_R = PosixFilePermissions.fromString("rw-r-----");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenFile() {
    }

    /** A fresh token: 32 random bytes in hex. */
    static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Writes {@code token} to {@code file}, replacing what was there. */
    static void write(Path file, String token, Optional<String> group) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(staging, token + "\n", StandardCharsets.US_ASCII);
                PosixFileAttributeView view = Files.getFileAttributeView(staging, PosixFileAttributeView.class);
                if (group.isPresent()) {
                    GroupPrincipal principal = staging.getFileSystem().getUserPrincipalLookupService()
                            .lookupPrincipalByGroupName(group.get());
                    view.setGroup(principal);
                }
                view.setPermissions(OWNER_RW_GROUP_R);
                move(staging, target);
            } finally {
                Files.deleteIfExists(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local API's token file " + target, e);
        }
    }

    /** The token is worthless once the agent stops; a kiosk app reading it gets nothing rather than a stale one. */
    static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next start overwrites it anyway
        }
    }

    private static void move(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
