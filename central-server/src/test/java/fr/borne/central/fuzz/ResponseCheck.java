package fr.borne.central.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.borne.central.fuzz.OpenApi.map;

/**
 * What a response must be for its operation: below 500, a status the operation documents,
 * the documented content type, and a body that holds every required field of the
 * documented schema with the documented JSON types and enum values, recursively.
 */
final class ResponseCheck {

    private final OpenApi api;
    private final ObjectMapper json = new ObjectMapper();

    ResponseCheck(OpenApi api) {
        this.api = api;
    }

    /** Every way the response fails the contract; empty when it keeps it. */
    List<String> problems(OpenApi.Operation operation, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            problems.add("server error " + status);
        }
        Map<String, Object> documented = operation.responses().get(Integer.toString(status));
        if (documented == null) {
            problems.add("undocumented status " + status);
            return problems;
        }
        Map<String, Object> content = map(documented.get("content"));
        if (content.isEmpty()) {
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!content.containsKey(mediaType)) {
            problems.add("status " + status + " sent " + mediaType + ", documented " + content.keySet());
            return problems;
        }
        try {
            JsonNode node = json.readTree(body);
            schema(map(map(content.get(mediaType)).get("schema")), node, "$", problems);
        } catch (IOException e) {
            problems.add("status " + status + " body is not JSON");
        }
        return problems;
    }

    private void schema(Map<String, Object> schemaNode, JsonNode node, String where, List<String> problems) {
        Map<String, Object> schema = api.resolve(schemaNode);
        if (node == null || node.isNull()) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                problems.add(where + " is null");
            }
            return;
        }
        if (schema.containsKey("allOf")) {
            OpenApi.list(schema.get("allOf")).forEach(part -> schema(part, node, where, problems));
            return;
        }
        String type = Optional.ofNullable(schema.get("type")).map(Object::toString).orElse("");
        boolean rightType = switch (type) {
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "string" -> node.isTextual();
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            default -> true;
        };
        if (!rightType) {
            problems.add(where + " is not " + type);
            return;
        }
        if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(node.asText())) {
            problems.add(where + " = " + node.asText() + " is not one of " + schema.get("enum"));
        }
        if (node.isObject()) {
            List<?> required = schema.containsKey("required") ? (List<?>) schema.get("required") : List.of();
            for (Object field : required) {
                if (!node.has(field.toString())) {
                    problems.add(where + "." + field + " is missing");
                }
            }
            map(schema.get("properties")).forEach((name, property) -> {
                if (node.has(name)) {
                    schema(map(property), node.get(name), where + "." + name, problems);
                }
            });
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size() && i < 50; i++) {
                schema(map(schema.get("items")), node.get(i), where + "[" + i + "]", problems);
            }
        }
    }
}
