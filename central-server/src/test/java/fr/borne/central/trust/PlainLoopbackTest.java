package fr.borne.central.trust;

import fr.borne.central.TestDatabases;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.http.CentralServer;
import fr.borne.store.Database;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo central without TLS: loopback only, and only to requests addressed to loopback. */
class PlainLoopbackTest {

    @TempDir
    Path dir;

    private Database database;
    private CentralServices services;
    private CentralServer server;
    private int port;

    @BeforeEach
    void start() {
        database = TestDatabases.central(dir.resolve("central.db"));
        services = CentralServices.create(database, Clock.systemUTC());
        DemoLoader.load(services);
        database.write(c -> {
            services.kiosks().register(c, "rouen-1", "rouen");
            return null;
        });
        server = new CentralServer(services, Optional.empty(), Set.of("admin"));
        port = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void a_page_that_rebinds_its_name_to_loopback_is_turned_away() throws IOException {
        assertThat(call("localhost:" + port, "/v1/changes?limit=1")).isEqualTo(200);
        assertThat(call("127.0.0.1:" + port, "/v1/changes?limit=1")).isEqualTo(200);
        assertThat(call("evil.example:" + port, "/v1/changes?limit=1")).isEqualTo(403);
        assertThat(call("evil.example", "/v1/admin/offline-overrides")).isEqualTo(403);
    }

    @Test
    void without_TLS_central_listens_on_loopback_only() {
        CentralServer exposed = new CentralServer(services, Optional.empty(), Set.of("admin"));
        assertThatThrownBy(() -> exposed.start("0.0.0.0", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private int call(String host, String path) throws IOException {
        OkHttpClient http = new OkHttpClient();
        try (Response response = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + path)
                .header("Host", host).header("X-Borne-Kiosk", "rouen-1").build()).execute()) {
            return response.code();
        }
    }
}
