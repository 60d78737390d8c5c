package fr.borne.technician;

import java.nio.file.Path;

/** The outcome of writing a backup or a diagnostics bundle. */
public sealed interface FileResult {

    /** @param summary one line for the technician, e.g. the integrity check of a backup */
    record Written(Path file, long bytes, String summary) implements FileResult {
    }

    /** @param message what went wrong, in words a technician can act on */
    record Failed(String message) implements FileResult {
    }
}
