package fr.borne.agent.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.Change;
import fr.borne.sync.ChangePage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A page of central's feed read change by change, so that one change this agent cannot
 * read (a kind it does not know, a value of the wrong shape) is set aside rather than
 * making the whole page, and so the feed, unreadable.
 */
record FeedPage(List<Change> changes, List<Unreadable> unreadable, String nextCursor, boolean more) {

    /** A change as central sent it, the field path where reading failed (never a value), and a key from its text. */
    record Unreadable(String raw, String why, String key) {
    }

    /**
     * The page, or empty when the answer is not a page at all (no cursor to go on from). Read
     * whole first (the usual case, and the fast one); change by change only when that fails.
     */
    static Optional<FeedPage> read(String text, ObjectMapper json) {
        try {
            ChangePage whole = json.readValue(text, ChangePage.class);
            if (whole != null && whole.nextCursor() != null) {
                return Optional.of(new FeedPage(whole.changes(), List.of(), whole.nextCursor(), whole.more()));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // some change in it cannot be read: read them one by one below
        }
        try {
            return read(json.readTree(text), json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<FeedPage> read(JsonNode page, ObjectMapper json) {
        if (page == null || !page.isObject() || !page.path("nextCursor").isTextual() || !page.path("changes").isArray()) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (JsonNode node : page.path("changes")) {
            try {
                Change change = json.treeToValue(node, Change.class);
                if (change == null) {
                    throw JsonMappingException.from(json.getDeserializationContext(), "empty change");
                }
                changes.add(change);
            } catch (Exception e) {
                unreadable.add(new Unreadable(node.toString(), why(node, e), key(node.toString())));
            }
        }
        return Optional.of(new FeedPage(changes, unreadable, page.path("nextCursor").asText(),
                page.path("more").asBoolean()));
    }

    private static String why(JsonNode node, Exception e) {
        String kind = node.path("type").asText("?");
        String where = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        return "unreadable " + kind.replaceAll("[^A-Za-z_-]", "") + " change" + (where.isEmpty() ? "" : " at " + where)
                + " (" + e.getClass().getSimpleName() + ")";
    }

    private static String key(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
