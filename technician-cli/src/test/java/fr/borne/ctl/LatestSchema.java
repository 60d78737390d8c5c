package fr.borne.ctl;

import fr.borne.store.Dialect;
import fr.borne.store.Migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The newest version among booking-core's migrations for a kiosk's file: what a freshly migrated database reports. */
final class LatestSchema {

    private static final Pattern VERSION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^$]+\\.(sql|class)");

    private LatestSchema() {
    }

    static String version() {
        // the kiosk's file is SQLite: the portable migrations and SQLite's own
        return Stream.of(Migrations.locations("migration", Dialect.SQLITE))
                .map(location -> newestIn(location.substring("classpath:".length())))
                .max(LatestSchema::compare).orElseThrow();
    }

    private static String newestIn(String resourceFolder) {
        URL folder = LatestSchema.class.getClassLoader().getResource(resourceFolder);
        if (folder == null) {
            throw new IllegalStateException("booking-core's migrations are not on the class path: " + resourceFolder);
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return newest(jar.getPath(resourceFolder));
                }
            }
            return newest(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newest(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> VERSION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .max(LatestSchema::compare).orElseThrow();
        }
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
