package fr.borne.agent.local.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.SyncJson;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static fr.borne.agent.local.fuzz.OpenApiOperations.map;

/**
 * Requests for one operation of the OpenAPI file, drawn from a seeded {@link Random}: valid
 * ones built from the schemas (ids taken from the establishment's real data, so central
 * has something to say), and malformed ones — a broken or missing part, each with the
 * status the API promises for it (or any 4xx where several checks could apply).
 */
final class RequestGenerator {

    /** What the answer must be: exactly {@code status}, or (0) any 4xx, or (-1) anything documented. */
    record FuzzRequest(String label, String method, String target, Map<String, String> headers, byte[] body,
                       int expected) {
    }

    private static final ObjectMapper JSON = SyncJson.mapper();
    private static final int ANY_4XX = 0;
    private static final int ANY = -1;

    private final OpenApiOperations api;
    private final Random random;
    private final String token;
    private final Map<String, List<String>> ids;

    /** @param ids known ids by kind: "detainee", "visitor", "round" */
    RequestGenerator(OpenApiOperations api, long seed, String token, Map<String, List<String>> ids) {
        this.api = api;
        this.random = new Random(seed);
        this.token = token;
        this.ids = ids;
    }

    FuzzRequest next(OpenApiOperations.Operation operation) {
        return random.nextInt(3) == 0 ? valid(operation, "valid") : malformed(operation);
    }

    private FuzzRequest valid(OpenApiOperations.Operation operation, String label) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        byte[] body = new byte[0];
        if (operation.body().isPresent()) {
            headers.put("Content-Type", random.nextBoolean() ? "application/json" : "application/json; charset=utf-8");
            body = json(value(operation.body().get(), "", 0));
        }
        return new FuzzRequest(label, operation.method(), target(operation, Optional.empty()), headers, body, ANY);
    }

    private FuzzRequest malformed(OpenApiOperations.Operation operation) {
        FuzzRequest base = valid(operation, "");
        Map<String, String> headers = new LinkedHashMap<>(base.headers());
        boolean hasBody = operation.body().isPresent();
        int kind = random.nextInt(hasBody ? 14 : 7);
        switch (kind) {
            case 0 -> {
                headers.remove("Authorization");
                return with(base, "no token", headers, base.body(), 401);
            }
            case 1 -> {
                headers.put("Authorization", random.nextBoolean() ? "Bearer " + randomHex(64) : "Basic " + token);
                return with(base, "wrong token", headers, base.body(), 401);
            }
            case 2 -> {
                headers.put("Origin", random.nextBoolean() ? "null" : "https://page.example");
                return with(base, "Origin", headers, base.body(), 403);
            }
            case 3 -> {
                headers.put("Host", random.nextBoolean() ? "rebound.example" : "192.0.2.1:18090");
                return with(base, "foreign Host", headers, base.body(), 403);
            }
            case 4 -> {
                headers.put("Content-Type", "application/json");
                if (random.nextBoolean()) {
                    headers.put("Transfer-Encoding", "chunked");
                }
                return with(base, "oversized body", headers, oversized(), 413);
            }
            case 5 -> {
                headers.put("Content-Type", "text/plain");
                return with(base, "text/plain body", headers, "{}".getBytes(StandardCharsets.UTF_8), 415);
            }
            case 6 -> {
                Optional<String> broken = brokenParameter(operation);
                return broken.map(target -> new FuzzRequest("bad parameter", base.method(), target, base.headers(),
                        base.body(), ANY_4XX)).orElse(valid(operation, "valid"));
            }
            default -> {
                return with(base, "bad body", headers, brokenBody(operation.body().orElseThrow(), kind), ANY_4XX);
            }
        }
    }

    private byte[] brokenBody(Map<String, Object> schema, int kind) {
        Map<String, Object> valid = castObject(value(schema, "", 0));
        List<?> required = (List<?>) schema.getOrDefault("required", List.of());
        switch (kind) {
            case 7 -> {
                if (!required.isEmpty()) {
                    valid.remove(required.get(random.nextInt(required.size())).toString());
                } else {
                    return "".getBytes(StandardCharsets.UTF_8);
                }
                return json(valid);
            }
            case 8 -> {
                String field = required.isEmpty() ? "x" : required.get(random.nextInt(required.size())).toString();
                Object[] wrong = {42, true, List.of(1, 2), Map.of("a", 1), "not-" + randomHex(4), 1e300};
                valid.put(field, wrong[random.nextInt(wrong.length)]);
                return json(valid);
            }
            case 9 -> {
                byte[] text = json(valid);
                return java.util.Arrays.copyOf(text, Math.max(1, random.nextInt(text.length)));
            }
            case 10 -> {
                int depth = 17 + random.nextInt(3_000);
                return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 11 -> {
                String field = required.isEmpty() ? "x" : required.get(random.nextInt(required.size())).toString();
                valid.put(field, "z".repeat(4_097 + random.nextInt(8_000)));
                return json(valid);
            }
            case 12 -> {
                byte[] noise = new byte[1 + random.nextInt(200)];
                random.nextBytes(noise);
                return noise;
            }
            default -> {
                String[] odd = {"null", "[]", "\"text\"", "12", "{\"visitorIds\":[null]}", "{}"};
                return odd[random.nextInt(odd.length)].getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private Optional<String> brokenParameter(OpenApiOperations.Operation operation) {
        List<OpenApiOperations.Parameter> parameters = operation.parameters();
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        OpenApiOperations.Parameter victim = parameters.get(random.nextInt(parameters.size()));
        if (!victim.required() && !victim.schema().containsKey("type")) {
            return Optional.empty();
        }
        // Values no schema of this file accepts: a non-boolean for a boolean, bad ids and hashes, nothing at all.
        String[] odd = victim.required() ? new String[] {"", "not-a-uuid", randomHex(63), "%00", "%2e%2e%2F%2e%2e"}
                : new String[] {"yes", "1", "%00", "vrai", ""};
        return Optional.of(target(operation, Optional.of(Map.entry(victim.name(), odd[random.nextInt(odd.length)]))));
    }

    private String target(OpenApiOperations.Operation operation, Optional<Map.Entry<String, String>> override) {
        String path = operation.path();
        List<String> query = new ArrayList<>();
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            boolean overridden = override.filter(o -> o.getKey().equals(parameter.name())).isPresent();
            String value = overridden ? override.get().getValue()
                    : String.valueOf(value(parameter.schema(), parameter.name(), 0));
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", overridden ? value : encode(value));
            } else if (overridden && value.isEmpty() && parameter.required() && random.nextBoolean()) {
                continue;
            } else if (parameter.required() || overridden || random.nextBoolean()) {
                query.add(parameter.name() + "=" + (overridden ? value : encode(value)));
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** A value the schema accepts. */
    private Object value(Map<String, Object> raw, String name, int depth) {
        Map<String, Object> schema = api.resolve(raw);
        if (schema.containsKey("enum")) {
            List<?> values = (List<?>) schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = String.valueOf(schema.getOrDefault("type", "string"));
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> random.nextInt(10);
            case "boolean" -> random.nextBoolean();
            default -> string(schema, name);
        };
    }

    private Map<String, Object> object(Map<String, Object> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<?> required = (List<?>) schema.getOrDefault("required", List.of());
        for (Map.Entry<String, Object> property : map(schema.get("properties")).entrySet()) {
            if (required.contains(property.getKey()) || (depth < 3 && random.nextInt(3) == 0)) {
                object.put(property.getKey(), value(map(property.getValue()), property.getKey(), depth + 1));
            }
        }
        return object;
    }

    private List<Object> array(Map<String, Object> schema, String name, int depth) {
        int min = ((Number) schema.getOrDefault("minItems", 0)).intValue();
        int max = ((Number) schema.getOrDefault("maxItems", min + 3)).intValue();
        List<Object> items = new ArrayList<>();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            items.add(value(map(schema.get("items")), name, depth + 1));
        }
        return items;
    }

    private String string(Map<String, Object> schema, String name) {
        String format = String.valueOf(schema.get("format"));
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return LocalDate.of(2030, 3, 1).plusDays(random.nextInt(30)).toString();
        }
        if (format.equals("date-time")) {
            return Instant.parse("2030-03-01T08:00:00Z").plusSeconds(random.nextInt(86_400)).toString();
        }
        if (schema.containsKey("pattern")) {
            return randomHex(64);
        }
        String lower = name.toLowerCase();
        String kind = lower.contains("detainee") ? "detainee" : lower.contains("round") ? "round"
                : lower.contains("visitor") || lower.contains("bookedby") || lower.contains("actor") ? "visitor" : "";
        List<String> known = ids.getOrDefault(kind, List.of());
        if (!known.isEmpty() && random.nextInt(5) > 0) {
            return known.get(random.nextInt(known.size()));
        }
        return "f" + randomHex(1 + random.nextInt(12));
    }

    private byte[] oversized() {
        byte[] body = new byte[16 * 1024 + 1 + random.nextInt(200_000)];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        return body;
    }

    private String randomHex(int digits) {
        byte[] bytes = new byte[(digits + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, digits);
    }

    private static FuzzRequest with(FuzzRequest base, String label, Map<String, String> headers, byte[] body,
                                    int expected) {
        return new FuzzRequest(label, base.method(), base.target(), headers, body, expected);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castObject(Object value) {
        return value instanceof Map<?, ?> object ? new LinkedHashMap<>((Map<String, Object>) object)
                : new LinkedHashMap<>();
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
