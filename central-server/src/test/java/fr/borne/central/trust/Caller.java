package fr.borne.central.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.SyncJson;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One caller of central over real HTTPS, sending whatever bodies and headers a test crafts. */
final class Caller {

    private static final MediaType JSON = MediaType.get("application/json");

    /** What central answered. */
    record Answer(int status, Headers headers, String body) {
        <T> T as(Class<T> type) {
            try {
                return MAPPER.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper MAPPER = SyncJson.mapper();

    private final OkHttpClient http;
    private final String base;
    private String session = "";

    Caller(OkHttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Carries this B11 session on every later call. */
    Caller withSession(String session) {
        this.session = session == null ? "" : session;
        return this;
    }

    Answer get(String path) {
        return send(new Request.Builder().url(base + path).get());
    }

    Answer send(String method, String path, String key, Object body) {
        String text;
        try {
            text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Request.Builder request = new Request.Builder().url(base + path).method(method, RequestBody.create(text, JSON));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    Answer send(Request.Builder request) {
        if (!session.isEmpty()) {
            request.header("Borne-Visitor-Session", session);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.headers(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
