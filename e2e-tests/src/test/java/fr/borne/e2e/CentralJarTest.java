package fr.borne.e2e;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Central's shaded jar, as shipped: its own commands make the authorities, enrol kiosks and an
 * administrator; it serves them with mutual TLS; a kiosk revoked by an administrator over HTTPS,
 * or by {@code kiosk revoke} on central's machine while it runs, is refused on its next call.
 */
class CentralJarTest {

    @TempDir
    Path dir;

    @Test
    void the_shaded_jar_serves_mutual_tls_to_an_enrolled_kiosk_until_it_is_revoked() throws IOException {
        CentralJar central = new CentralJar(Logs.folder(getClass()));
        Path ca = dir.resolve("ca");
        Path db = dir.resolve("central.db");
        central.command("ca-init", "ca", "init", ca.toString(), "--host", "localhost", "--host", "127.0.0.1");
        try (CentralJar.Running server = central.start(ca, db, "--demo", "--kiosk", "dijon-1=dijon")) {
            OkHttpClient kiosk = enrol(central, ca, db, "rouen-1", "rouen");
            OkHttpClient other = enrol(central, ca, db, "dijon-1", "dijon");
            central.command("admin", "admin", "issue", "portal", "--ca", ca.toString(), "--out", dir.resolve("admin").toString());
            OkHttpClient admin = Clients.holding(dir.resolve("admin/portal.pem"), dir.resolve("admin/portal.key"),
                    dir.resolve("admin/central-ca.pem"));

            assertThat(status(kiosk, server.base() + "/v1/changes?limit=1", null)).isEqualTo(200);
            assertThat(status(admin, server.base() + "/v1/changes?limit=1", null)).as("an admin is no kiosk").isEqualTo(403);
            assertThat(status(kiosk, server.base() + "/fleet/kiosks.json", null)).as("a kiosk is no admin").isEqualTo(403);
            assertThat(status(admin, server.base() + "/fleet/kiosks.json", null)).isEqualTo(200);

            assertThat(status(other, server.base() + "/v1/changes?limit=1", null)).isEqualTo(200);

            assertThat(status(admin, server.base() + "/v1/admin/kiosks/rouen-1/revoke", "")).isEqualTo(204);
            central.command("revoke", "kiosk", "revoke", "dijon-1", "--db", db.toString());
            for (OkHttpClient revoked : new OkHttpClient[] {kiosk, other}) {
                try (Response refused = call(revoked, server.base() + "/v1/changes?limit=1", null)) {
                    assertThat(refused.code()).isEqualTo(403);
                    assertThat(refused.body().string()).contains("KIOSK_REVOKED");
                }
            }
        }
    }

    /** {@code kiosk enrol} as a technician runs it at central; a client holding the files it wrote. */
    private OkHttpClient enrol(CentralJar central, Path ca, Path db, String id, String establishment) throws IOException {
        Path files = dir.resolve(id);
        central.command("enrol-" + id, "kiosk", "enrol", "--id", id, "--establishment", establishment,
                "--ca", ca.toString(), "--db", db.toString(), "--out", files.toString());
        return Clients.holding(files.resolve("kiosk.pem"), files.resolve("kiosk.key"), files.resolve("central-ca.pem"));
    }

    private static int status(OkHttpClient client, String url, String postBody) throws IOException {
        try (Response response = call(client, url, postBody)) {
            return response.code();
        }
    }

    private static Response call(OkHttpClient client, String url, String postBody) throws IOException {
        Request.Builder request = new Request.Builder().url(url);
        if (postBody != null) {
            request.post(RequestBody.create(postBody, MediaType.get("application/json")));
        }
        return client.newCall(request.build()).execute();
    }
}
