package fr.borne.technician;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Files a technician takes away (backups, bundles) are written beside their target under a
 * temporary name with mode 0600 from the start, then moved into place once complete, so
 * there is never a readable or half-written file under the name asked for.
 */
final class PrivateFiles {

    private PrivateFiles() {
    }

    /** An empty 0600 file next to {@code target}, to be filled then {@link #moveInto moved}. */
    static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, prefix, ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, prefix, ".part");
    }

    static void moveInto(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Why the file cannot be written there, or empty if it can. */
    static Optional<String> problemWith(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of("The folder " + folder + " does not exist: create it or choose another.");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("The folder " + folder + " is not writable by this user.");
        }
        try {
            if (Files.exists(target) && Files.size(target) > 0) {
                return Optional.of(target + " already exists: choose another name or delete it first.");
            }
        } catch (IOException e) {
            return Optional.of("Cannot inspect " + target + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and named as such
        }
    }
}
