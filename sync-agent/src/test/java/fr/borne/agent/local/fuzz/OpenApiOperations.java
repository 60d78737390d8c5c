package fr.borne.agent.local.fuzz;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations of an OpenAPI 3 file, with every {@code $ref} it needs resolved on demand. */
final class OpenApiOperations {

    /** One parameter: where it goes ({@code path} or {@code query}), whether required, its schema. */
    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    /** What may answer: a status and the media types of its content (empty: no body). */
    record Response(String status, Set<String> mediaTypes, Optional<Map<String, Object>> schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, Optional<Map<String, Object>> body,
                     boolean bodyRequired, Map<String, Response> responses) {
        String name() {
            return method + " " + path;
        }
    }

    private final Map<String, Object> document;

    private OpenApiOperations(Map<String, Object> document) {
        this.document = document;
    }

    static OpenApiOperations load(String resource) throws IOException {
        try (InputStream in = OpenApiOperations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the class path");
            }
            return new OpenApiOperations(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, Object> path : map(document.get("paths")).entrySet()) {
            Map<String, Object> item = map(path.getValue());
            List<Parameter> shared = parameters(item.get("parameters"));
            for (String method : List.of("get", "post", "patch", "delete", "put")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                Map<String, Object> operation = map(item.get(method));
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(operation.get("parameters")));
                Optional<Map<String, Object>> body = Optional.empty();
                boolean required = false;
                if (operation.containsKey("requestBody")) {
                    Map<String, Object> requestBody = resolve(map(operation.get("requestBody")));
                    required = Boolean.TRUE.equals(requestBody.get("required"));
                    body = Optional.of(resolve(map(map(map(requestBody.get("content")).get("application/json"))
                            .get("schema"))));
                }
                Map<String, Response> responses = new LinkedHashMap<>();
                for (Map.Entry<String, Object> response : map(operation.get("responses")).entrySet()) {
                    Map<String, Object> resolved = resolve(map(response.getValue()));
                    Map<String, Object> content = resolved.containsKey("content") ? map(resolved.get("content")) : Map.of();
                    Optional<Map<String, Object>> schema = content.values().stream().findFirst()
                            .map(media -> resolve(map(map(media).get("schema"))));
                    responses.put(response.getKey(), new Response(response.getKey(), content.keySet(), schema));
                }
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters, body, required, responses));
            }
        }
        return operations;
    }

    /** A schema or response with its {@code $ref} followed (and {@code allOf} of one taken as that one). */
    Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        while (true) {
            if (current.containsKey("$ref")) {
                Object target = document;
                for (String part : ((String) current.get("$ref")).substring(2).split("/")) {
                    target = map(target).get(part);
                }
                Map<String, Object> merged = new LinkedHashMap<>(map(target));
                current.forEach((k, v) -> {
                    if (!k.equals("$ref")) {
                        merged.put(k, v);
                    }
                });
                current = merged;
            } else if (current.containsKey("allOf")) {
                Map<String, Object> merged = new LinkedHashMap<>(map(((List<?>) current.get("allOf")).get(0)));
                current.forEach((k, v) -> {
                    if (!k.equals("allOf")) {
                        merged.put(k, v);
                    }
                });
                current = merged;
            } else {
                return current;
            }
        }
    }

    private List<Parameter> parameters(Object list) {
        List<Parameter> parameters = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> parameter = map(item);
                parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                        Boolean.TRUE.equals(parameter.get("required")), resolve(map(parameter.get("schema")))));
            }
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
