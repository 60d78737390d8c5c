package fr.borne.central;

import com.fasterxml.jackson.databind.JsonNode;
import fr.borne.central.fleet.FleetSettings;
import fr.borne.central.http.CentralServer;
import fr.borne.store.Database;
import fr.borne.sync.SyncJson;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line of central: options from a properties file, and the fleet view's staleness. */
class CentralServerMainTest {

    private static final String DEFAULTS = "picocli.defaults.borne-central.path";

    @TempDir
    Path dir;

    /** The launcher's properties file, as a system property each test may set: as it was before, after each test. */
    private final String defaultsBefore = System.getProperty(DEFAULTS);

    @AfterEach
    void restoreTheLaunchersFile() {
        if (defaultsBefore == null) {
            System.clearProperty(DEFAULTS);
        } else {
            System.setProperty(DEFAULTS, defaultsBefore);
        }
    }

    @Test
    void the_database_may_be_a_postgresql_server_named_by_url_user_and_password_file() throws IOException {
        Path password = Files.writeString(dir.resolve("db.password"), "s3cret\n");
        Path file = Files.writeString(dir.resolve("central.properties"), """
                db-url=jdbc:postgresql://db1,db2/borne?targetServerType=primary
                db-user=central
                db-password-file=%s
                db-pool-size=16
                """.formatted(password));
        System.setProperty(DEFAULTS, file.toString());
        CentralDatabaseOptions.Server server = parse().database.server().orElseThrow();
        assertThat(server).isEqualTo(new CentralDatabaseOptions.Server(
                "jdbc:postgresql://db1,db2/borne?targetServerType=primary", "central", "s3cret", 16));
        assertThat(server.displayName()).isEqualTo("jdbc:postgresql://db1,db2/borne");
        assertThatThrownBy(() -> parse("--db-url", "jdbc:mysql://db/borne").database.server())
                .isInstanceOf(fr.borne.config.ConfigException.class).hasMessageContaining("--db-url");
    }

    @Test
    void a_key_central_has_no_option_for_stops_it_naming_the_file_and_line() throws IOException {
        Path file = Files.writeString(dir.resolve("central.properties"), """
                port=9443
                db-uri=jdbc:postgresql://db/borne
                """);
        System.setProperty(DEFAULTS, file.toString());
        assertThatThrownBy(CentralServerMainTest::parse).isInstanceOf(fr.borne.config.ConfigException.class)
                .hasMessageContaining(file + " line 2").hasMessageContaining("unknown key 'db-uri'");
    }

    @Test
    void options_missing_from_the_command_line_come_from_the_properties_file_the_launcher_names() throws IOException {
        Path file = Files.writeString(dir.resolve("central.properties"), """
                port=9443
                db=/var/lib/borne/central.db
                fleet-stale-after=PT7M
                plain-loopback=true
                """);
        System.setProperty(DEFAULTS, file.toString());
        CentralServerMain fromFile = parse();
        assertThat(fromFile.port).isEqualTo(9443);
        assertThat(fromFile.database.db).isEqualTo(Path.of("/var/lib/borne/central.db"));
        assertThat(fromFile.database.server()).as("SQLite unless a PostgreSQL URL is given").isEmpty();
        assertThat(fromFile.plainLoopback).isTrue();
        assertThat(fromFile.fleetSettings().staleAfter()).isEqualTo(Duration.ofMinutes(7));

        CentralServerMain overridden = parse("--fleet-stale-after", "PT90S", "--port", "0");
        assertThat(overridden.fleetSettings().staleAfter()).isEqualTo(Duration.ofSeconds(90));
        assertThat(overridden.port).isZero();
    }

    @Test
    void without_the_option_the_fleet_view_keeps_its_default_staleness() {
        assertThat(parse().fleetSettings()).isEqualTo(FleetSettings.from(System.getProperties()));
    }

    @Test
    void the_fleet_view_judges_kiosks_with_the_staleness_given_on_the_command_line() throws IOException {
        FleetSettings settings = parse("--fleet-stale-after", "PT7M").fleetSettings();
        TestCertificates certificates = new TestCertificates();
        try (Database database = CentralDatabase.open(dir.resolve("central.db"))) {
            CentralServer server = new CentralServer(CentralServices.create(database, Clock.systemUTC()),
                    Optional.of(certificates.serverTls()), Set.of("admin"), settings);
            try {
                int port = server.start("127.0.0.1", 0);
                try (Response response = certificates.client(certificates.admin()).newCall(new Request.Builder()
                        .url("https://localhost:" + port + "/fleet/kiosks.json").build()).execute()) {
                    JsonNode fleet = SyncJson.mapper().readTree(response.body().string());
                    assertThat(fleet.get("staleAfterSeconds").asLong()).isEqualTo(420);
                }
            } finally {
                server.close();
            }
        }
    }

    private static CentralServerMain parse(String... args) {
        CentralServerMain main = new CentralServerMain();
        CentralServerMain.commandLine(main).parseArgs(args);
        return main;
    }
}
