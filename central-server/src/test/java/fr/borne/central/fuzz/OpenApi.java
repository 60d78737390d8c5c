package fr.borne.central.fuzz;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code openapi/borne-v1.yaml} as maps and lists, with {@code $ref}s followed on request. */
final class OpenApi {

    /** One operation: its method, path template, parameters, body schema and documented responses. */
    record Operation(String method, String path, List<Map<String, Object>> parameters,
                     Optional<Map<String, Object>> bodySchema, Map<String, Map<String, Object>> responses) {
        String name() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    private final Map<String, Object> root;

    private OpenApi(Map<String, Object> root) {
        this.root = root;
    }

    static OpenApi load(String resource) {
        try (InputStream in = OpenApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new OpenApi(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, Object> path : map(root.get("paths")).entrySet()) {
            Map<String, Object> item = map(path.getValue());
            List<Map<String, Object>> shared = list(item.get("parameters"));
            for (String method : List.of("get", "post", "patch", "delete", "put")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                Map<String, Object> operation = map(item.get(method));
                List<Map<String, Object>> parameters = new ArrayList<>(shared);
                parameters.addAll(list(operation.get("parameters")));
                Optional<Map<String, Object>> body = Optional.ofNullable(operation.get("requestBody"))
                        .map(b -> resolve(map(b)))
                        .map(b -> map(map(map(b.get("content")).get("application/json")).get("schema")));
                Map<String, Map<String, Object>> responses = new java.util.LinkedHashMap<>();
                map(operation.get("responses")).forEach((status, response) ->
                        responses.put(status, resolve(map(response))));
                operations.add(new Operation(method, path.getKey(),
                        parameters.stream().map(this::resolve).toList(), body, responses));
            }
        }
        return operations;
    }

    /** The node itself, or what its {@code $ref} points at (followed until no ref is left). */
    Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        while (current.containsKey("$ref")) {
            Object target = root;
            for (String part : current.get("$ref").toString().substring(2).split("/")) {
                target = map(target).get(part);
            }
            current = map(target);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node) {
        return node == null ? List.of() : (List<Map<String, Object>>) node;
    }
}
