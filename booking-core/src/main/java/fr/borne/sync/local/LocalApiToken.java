package fr.borne.sync.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The sync agent's local API answers only callers that show the token it wrote at start
 * ({@code Authorization: Bearer <token>}); the token lives in a file only the kiosk app's
 * user can read. Both ends agree here on where the file is by default (beside the replica)
 * and how it is read.
 */
public final class LocalApiToken {

    public static final String SCHEME = "Bearer ";

    private LocalApiToken() {
    }

    /** {@code var/rouen-1.db} → {@code var/rouen-1.db.agent-token}: one per replica, in a folder both programs use. */
    public static Path besideReplica(Path database) {
        return database.resolveSibling(database.getFileName() + ".agent-token");
    }

    /** The token in {@code file}, or empty while the agent has not written it (or it cannot be read). */
    public static Optional<String> read(Path file) {
        try {
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Compares in a time that does not depend on where the two differ. */
    public static boolean same(String expected, String offered) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                offered.getBytes(StandardCharsets.US_ASCII));
    }
}
