package fr.borne.agent.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.SyncJson;
import fr.borne.sync.local.LocalApiToken;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The kiosk app's side of the agent's local API, as small as the kiosk app's own client can
 * be: it shows the token the agent wrote beside the replica.
 */
final class LocalApiClient {

    record Reply(int status, String body) {
        <T> T as(Class<T> type) {
            try {
                return JSON.readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("unreadable answer (HTTP " + status + "): " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = SyncJson.mapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String token;

    LocalApiClient(int port, Path replica) {
        this.base = "http://127.0.0.1:" + port;
        this.token = LocalApiToken.read(LocalApiToken.besideReplica(replica))
                .orElseThrow(() -> new AssertionError("the agent wrote no token beside " + replica));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A call with no body, as the kiosk app makes DELETE /local/v1/remote/session. */
    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    Reply send(String method, String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10))
                            .header("Authorization", LocalApiToken.SCHEME + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
