package fr.borne.central.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.central.trust.RunningCentral;
import fr.borne.store.Sql;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of central's API, driven by {@code openapi/borne-v1.yaml}: for each
 * operation, seeded random requests, valid and broken, over real HTTPS with mutual TLS
 * to a real central on the demo data. Every answer must be below 500, documented for the
 * operation, of the documented content type, and hold the documented schema's required
 * fields. {@code -Dborne.fuzz.seed} and {@code -Dborne.fuzz.examples} (per operation)
 * replay or widen a run.
 */
class OpenApiFuzzTest {

    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    @Test
    void every_answer_is_documented_in_the_openapi_file_and_none_is_a_server_error() throws IOException {
        long seed = Long.getLong("borne.fuzz.seed", 20261206L);
        int perOperation = Integer.getInteger("borne.fuzz.examples", 150);
        OpenApi api = OpenApi.load("/openapi/borne-v1.yaml");
        ResponseCheck check = new ResponseCheck(api);
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        RunningCentral central = new RunningCentral(dir);
        List<OkHttpClient> callers = List.of(central.client("rouen-1"), central.client("dijon-1"),
                central.client("lyon-9"));
        Examples examples = new Examples(api, random, LocalDate.now(Clock.systemUTC()), central.database().read(c ->
                Sql.list(c, "SELECT id FROM booking ORDER BY id", row -> row.getString(1))));
        List<String> findings = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        int sent = 0;
        long started = System.nanoTime();
        try (central) {
            HttpUrl base = HttpUrl.get(central.base());
            for (OpenApi.Operation operation : api.operations()) {
                for (int i = 0; i < perOperation; i++) {
                    OkHttpClient caller = callers.get(random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2));
                    Request request = request(operation, base, examples, random, json);
                    try (Response response = caller.newCall(request).execute()) {
                        String body = response.body().string();
                        sent++;
                        statuses.computeIfAbsent(operation.name(), k -> new TreeMap<>())
                                .merge(response.code(), 1, Integer::sum);
                        for (String problem : check.problems(operation, response.code(),
                                response.header("Content-Type"), body)) {
                            findings.add(operation.name() + " " + request.url().encodedPath() + ": " + problem);
                        }
                        if (response.header("Server") != null) {
                            findings.add(operation.name() + ": Server header " + response.header("Server"));
                        }
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("OpenAPI fuzzing of central: %d examples over %d operations in %d s, seed %d, %d findings%n",
                sent, statuses.size(), seconds, seed, findings.size());
        statuses.forEach((operation, counts) -> System.out.printf("  %-45s %s%n", operation, counts));
        findings.stream().distinct().limit(30).forEach(finding -> System.out.println("  FINDING " + finding));
        assertThat(findings).as("server errors and answers the OpenAPI file does not document").isEmpty();
    }

    private static Request request(OpenApi.Operation operation, HttpUrl base, Examples examples, Random random,
                                   ObjectMapper json) throws IOException {
        HttpUrl.Builder url = base.newBuilder();
        Request.Builder request = new Request.Builder();
        for (String segment : operation.path().substring(1).split("/")) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                String value = examples.parameter(operation.path(), name,
                        OpenApi.map(parameter(operation, name).get("schema")));
                url.addPathSegment(value.isEmpty() ? "_" : value);
            } else {
                url.addPathSegment(segment);
            }
        }
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = parameter.get("name").toString();
            if (random.nextInt(8) == 0) {
                continue;
            }
            String value = name.equals("Idempotency-Key") ? UUID.randomUUID().toString()
                    : examples.parameter(operation.path(), name, OpenApi.map(parameter.get("schema")));
            if ("query".equals(parameter.get("in"))) {
                url.addQueryParameter(name, value);
            } else if ("header".equals(parameter.get("in")) && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                request.header(name, value);
            }
        }
        RequestBody body = null;
        if (operation.bodySchema().isPresent()) {
            Object value = random.nextInt(2) == 0 ? examples.valid(operation.bodySchema().get(), 0)
                    : examples.broken(operation.bodySchema().get());
            String text = value instanceof String raw ? raw : json.writeValueAsString(value);
            body = RequestBody.create(text, JSON);
        } else if (!operation.method().equals("get") && !operation.method().equals("delete")) {
            body = RequestBody.create("", JSON);
        }
        return request.url(url.build()).method(operation.method().toUpperCase(java.util.Locale.ROOT), body).build();
    }

    private static Map<String, Object> parameter(OpenApi.Operation operation, String name) {
        return operation.parameters().stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new IllegalStateException(operation.name() + " does not document {" + name + "}"));
    }
}
