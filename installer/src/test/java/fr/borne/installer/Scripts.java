package fr.borne.installer;

import java.nio.file.Path;

/** The package's shell scripts as they are in the source tree. */
final class Scripts {

    private Scripts() {
    }

    static Path source(String pathInPackage) {
        return Path.of(System.getProperty("borne.installer.src", "src/deb"), "root", pathInPackage);
    }
}
