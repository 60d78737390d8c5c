package fr.borne.central.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static fr.borne.central.fuzz.OpenApi.map;

/**
 * Values drawn from a schema with a seeded {@link Random}: mostly valid, using ids the demo
 * data holds so that calls reach the rules; and broken ones (a required field dropped,
 * nulls, wrong types, odd strings) so that calls exercise every refusal path.
 */
final class Examples {

    private static final List<String> IDS = List.of("v-1001", "v-1010", "v-1013", "v-1014", "d-2001", "d-2006",
            "d-2007", "d-2008", "rouen-wed-1415", "rouen-sat-0845", "dijon", "rouen", "rouen-1", "dijon-1");
    private static final List<String> ODD = List.of("", " ", "\u0000", "../../etc/passwd", "é€😀", "%00%2F",
            "' OR 1=1 --", "<script>", "x".repeat(300), "null", "-1", "9".repeat(40), "\\u0000");

    private final OpenApi api;
    private final Random random;
    private final LocalDate today;
    private final List<String> bookingIds;

    /** @param bookingIds bookings central holds, so that changes and cancels reach the rules */
    Examples(OpenApi api, Random random, LocalDate today, List<String> bookingIds) {
        this.api = api;
        this.random = random;
        this.today = today;
        this.bookingIds = List.copyOf(bookingIds);
    }

    Object valid(Map<String, Object> schemaNode, int depth) {
        Map<String, Object> schema = api.resolve(schemaNode);
        if (schema.containsKey("allOf")) {
            return valid(OpenApi.list(schema.get("allOf")).get(0), depth);
        }
        if (schema.containsKey("enum")) {
            List<?> values = (List<?>) schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = String.valueOf(schema.getOrDefault("type", "object"));
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int n = random.nextInt(depth > 2 ? 2 : 4);
                for (int i = 0; i < n; i++) {
                    items.add(valid(map(schema.get("items")), depth + 1));
                }
                yield items;
            }
            case "integer" -> random.nextInt(10) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(25);
            case "boolean" -> random.nextBoolean();
            case "number" -> random.nextDouble();
            default -> string(schema);
        };
    }

    /** A valid object with one thing broken. */
    Object broken(Map<String, Object> schemaNode) {
        Object value = valid(schemaNode, 0);
        if (!(value instanceof Map<?, ?> object) || object.isEmpty() || random.nextInt(6) == 0) {
            return ODD_BODIES.get(random.nextInt(ODD_BODIES.size()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) object);
        List<String> keys = new ArrayList<>(copy.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        switch (random.nextInt(5)) {
            case 0 -> copy.remove(key);
            case 1 -> copy.put(key, null);
            case 2 -> copy.put(key, random.nextBoolean() ? 12345 : List.of("a", 1));
            case 3 -> copy.put(key, ODD.get(random.nextInt(ODD.size())));
            default -> copy.put(key, Map.of("nested", Map.of("deeper", List.of(Map.of()))));
        }
        return copy;
    }

    /** Bodies no schema allows: raw text sent as is. */
    static final List<String> ODD_BODIES = List.of("", "null", "[]", "{", "{\"a\":", "42", "\"text\"",
            "{\"booking\":{}}", "[".repeat(100) + "]".repeat(100), "{\"claims\":[null]}", "\u0000\u0001",
            "{\"entries\":[{\"id\":-1}]}", "{\"booking\":{\"id\":\"not-a-uuid\"}}", "true");

    /** A value for a path, query or header parameter, by what the parameter names. */
    String parameter(String path, String name, Map<String, Object> schemaNode) {
        if (random.nextInt(4) == 0) {
            return ODD.get(random.nextInt(ODD.size()));
        }
        if (name.equals("cursor")) {
            return Integer.toString(random.nextInt(500));
        }
        if (name.equals("wait")) {
            // a long poll in milliseconds: short ones, so a fuzzing run stays short
            return Integer.toString(random.nextInt(60) - 10);
        }
        if (name.equals("limit")) {
            return Integer.toString(random.nextInt(6_000) - 10);
        }
        if (name.equals("id") && path.startsWith("/v1/kiosks")) {
            return random.nextInt(4) == 0 ? "dijon-1" : "rouen-1";
        }
        if (name.equals("id") && path.startsWith("/v1/bookings") && random.nextBoolean()) {
            return bookingIds.get(random.nextInt(bookingIds.size()));
        }
        return string(api.resolve(schemaNode));
    }

    private Map<String, Object> object(Map<String, Object> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<?> required = schema.containsKey("required") ? (List<?>) schema.get("required") : List.of();
        for (Map.Entry<String, Object> property : map(schema.get("properties")).entrySet()) {
            if (required.contains(property.getKey()) || random.nextBoolean()) {
                object.put(property.getKey(), depth > 4 ? null : valid(map(property.getValue()), depth + 1));
            }
        }
        return object;
    }

    private String string(Map<String, Object> schema) {
        String format = String.valueOf(schema.get("format"));
        if (schema.containsKey("pattern") && schema.get("pattern").toString().contains("0-9a-f")) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 64; i++) {
                hex.append(Character.forDigit(random.nextInt(16), 16));
            }
            return hex.toString();
        }
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> today.plusDays(random.nextInt(20) - 2).toString();
            case "date-time" -> Instant.now().plusSeconds(random.nextInt(100_000) - 50_000).toString();
            default -> random.nextInt(8) == 0 ? ODD.get(random.nextInt(ODD.size())) : IDS.get(random.nextInt(IDS.size()));
        };
    }
}
