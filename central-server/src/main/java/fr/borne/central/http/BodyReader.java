package fr.borne.central.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body with hard limits whatever its transfer encoding: at most
 * {@code maxBytes} are read from the stream (a chunked body is counted as it comes, a
 * declared length over the limit is refused unread), JSON nested at most
 * {@value #MAX_DEPTH} deep with strings of at most {@value #MAX_STRING} characters, and
 * the result of the shape {@link RequestShape} expects.
 */
final class BodyReader {

    static final int MAX_DEPTH = 16;
    static final int MAX_STRING = 4_096;
    static final int MAX_NUMBER = 40;

    /** A body over the limit: answered 413 without reading the rest. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final ObjectMapper json;
    private final long maxBytes;

    BodyReader(ObjectMapper json, long maxBytes) {
        this.json = json.copy();
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build());
        this.maxBytes = maxBytes;
    }

    /**
     * No text central keeps may hold a NUL character (PostgreSQL's text refuses it; no name or id
     * has one): JSON can only carry it escaped.
     */
    private static final java.util.regex.Pattern NUL_ESCAPE = java.util.regex.Pattern.compile("\\\\u0000|\u0000",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    static final String NUL_REFUSED = "a NUL character (U+0000) is not accepted in any value";

    <T> T read(Context ctx, Class<T> type) {
        byte[] bytes = bytes(ctx);
        if (NUL_ESCAPE.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).find()) {
            throw new CentralServer.BadRequest(NUL_REFUSED);
        }
        T value;
        try {
            value = json.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw new CentralServer.BadRequest("unreadable " + type.getSimpleName() + " at "
                    + Optional.ofNullable(e.getLocation()).map(l -> "line " + l.getLineNr() + ", column "
                    + l.getColumnNr()).orElse("an unknown place") + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw new CentralServer.BadRequest("unreadable " + type.getSimpleName());
        }
        if (value == null) {
            throw new CentralServer.BadRequest("empty body");
        }
        RequestShape.problem(value).ifPresent(wrong -> {
            throw new CentralServer.BadRequest(wrong);
        });
        return value;
    }

    private byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw new TooLarge("a request body holds at most " + maxBytes + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8_192];
            long total = 0;
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLarge("a request body holds at most " + maxBytes + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new CentralServer.BadRequest("the request body could not be read");
        }
    }

    /** Jackson's messages name Java types after the first line; the first line names the JSON. */
    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        String first = message.lines().findFirst().orElse("malformed");
        return first.replaceAll("`[a-zA-Z0-9_.$]+`", "a value").replaceAll("[a-z]+\\.[a-z]+\\.[A-Za-z0-9_.$]+", "a value");
    }
}
