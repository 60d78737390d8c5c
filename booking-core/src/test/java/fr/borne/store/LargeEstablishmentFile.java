package fr.borne.store;

import fr.borne.demo.LargeEstablishment;
import fr.borne.testsupport.Folders;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The large establishment ({@link LargeEstablishment}) loaded once for a test class, on a
 * fixed clock, into a SQLite file of its own that is deleted after the class: loading takes
 * seconds, the class's tests share it. Registered as a static {@code @RegisterExtension} field.
 */
final class LargeEstablishmentFile implements BeforeAllCallback, AfterAllCallback {

    /** Tuesday 1 December 2026, 09:00 in Paris: the day the data is generated from. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Europe/Paris"));

    private Path folder;
    private Database database;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("large-establishment");
        database = Database.open(folder.resolve("large.db"));
        LargeEstablishment.load(database, CLOCK);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        database.close();
        Folders.deleteTree(folder);
    }

    Database database() {
        return database;
    }
}
