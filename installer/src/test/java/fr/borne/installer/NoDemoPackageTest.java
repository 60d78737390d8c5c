package fr.borne.installer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The package carries no demo: no kiosk-demo jar, no demo-mode service, and no class that
 * holds the demo technician's badge (TECH-0001) or PIN, so that nothing installed can enrol
 * the demo technician into a kiosk's replica; the packaged kiosk refuses demo=true.
 */
class NoDemoPackageTest {

    @Test
    void no_jar_in_the_package_knows_the_demo_technician_or_offers_demo_mode(@TempDir Path tmp) throws IOException {
        assumeThat(BuiltPackages.appKind()).isEqualTo("apps");
        Path root = BuiltPackages.extract(BuiltPackages.deb("amd64"), tmp);
        List<String> found = new ArrayList<>();
        try (Stream<Path> lib = Files.walk(root.resolve("usr/share/borne/lib"))) {
            for (Path jar : lib.filter(p -> p.toString().endsWith(".jar")).toList()) {
                assertThat(jar.getFileName().toString()).doesNotStartWith("kiosk-demo");
                try (JarFile file = new JarFile(jar.toFile())) {
                    for (var entry : file.stream().toList()) {
                        if (entry.getName().equals("META-INF/services/fr.borne.kiosk.demo.KioskDemo")) {
                            found.add(jar.getFileName() + "!" + entry.getName());
                        } else if (entry.getName().startsWith("fr/borne/") && entry.getName().endsWith(".class")) {
                            // a class's string constants sit in its constant pool as UTF-8
                            String bytes = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                            if (bytes.contains("TECH-0001") || bytes.contains("TechnicianDemo")) {
                                found.add(jar.getFileName() + "!" + entry.getName());
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
