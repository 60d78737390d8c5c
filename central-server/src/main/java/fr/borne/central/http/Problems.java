package fr.borne.central.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;

import java.util.Locale;

/**
 * Every error central answers is an RFC 9457 {@code application/problem+json} body with a
 * stable {@code type} URI, the {@code code} older agents read, and a message for a
 * technician that names no Java type.
 */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:borne:problem:";

    /** The body: {@code code} and {@code message} are kept for agents that read only those. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String type, String title, int status, String detail, String code, String message) {
    }

    private Problems() {
    }

    static Body body(int status, String code, String message) {
        return new Body(type(code), code.replace('_', ' ').toLowerCase(Locale.ROOT), status, message, code, message);
    }

    static String type(String code) {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void answer(Context ctx, int status, String code, String message) {
        ctx.status(status).json(body(status, code, message)).contentType(CONTENT_TYPE);
    }
}
