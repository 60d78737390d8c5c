package fr.borne.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The replica holds personal data: its file and SQLite's side files are readable by their
 * owner only (mode 0600), or, in a folder its group may write to, by their owner and that
 * group (mode 0660): installed, the kiosk and the sync agent run as two users sharing the
 * replica through the data folder's group (0770, setgid), and both must write to it (WAL).
 * Files are created with that mode before the driver touches them, so there is no moment
 * when others can read them.
 */
final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_AND_GROUP = PosixFilePermissions.fromString("rw-rw----");

    private OwnerOnlyFiles() {
    }

    /** Creates an empty file with mode 0600 (0660 in a group's folder) unless it exists already. */
    static void createIfAbsent(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(modeFor(file)));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: its creator set the mode
        }
    }

    /** Sets the mode of a file this process owns to 0600 (0660 in a group's folder) if it differs. */
    static void restrict(Path file) {
        try {
            if (Files.exists(file) && posix(file) && !Files.getPosixFilePermissions(file).equals(modeFor(file))
                    && Files.getOwner(file).getName().equals(System.getProperty("user.name"))) {
                Files.setPosixFilePermissions(file, modeFor(file));
            }
        } catch (IOException | SecurityException e) {
            LOG.warn("could not restrict {} to mode 0600: {}", file.getFileName(), e.toString());
        }
    }

    /** 0660 when the folder lets its group write (the group shares the replica), 0600 otherwise. */
    static Set<PosixFilePermission> modeFor(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && Files.getPosixFilePermissions(folder).contains(PosixFilePermission.GROUP_WRITE)
                ? OWNER_AND_GROUP : OWNER_ONLY;
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
