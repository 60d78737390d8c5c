package fr.borne.device.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a printer path is, from its Unix file mode: only a character device can answer. */
enum FileKind {
    REGULAR,
    FIFO,
    CHARACTER_DEVICE,
    OTHER,
    MISSING;

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFREG = 0100000;

    static FileKind of(Path path) {
        if (!Files.exists(path)) {
            return MISSING;
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & S_IFMT;
            return switch (type) {
                case S_IFREG -> REGULAR;
                case S_IFIFO -> FIFO;
                case S_IFCHR -> CHARACTER_DEVICE;
                default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException e) {
            return Files.isRegularFile(path) ? REGULAR : OTHER;
        }
    }
}
