package fr.borne.agent.local;

import fr.borne.sync.Problem;

import java.util.Locale;

/**
 * An {@code application/problem+json} answer (RFC 9457) of the local API: a stable
 * {@code type} per code, the HTTP status, and — for the kiosk app, which reads them as a
 * {@link Problem} — the same {@code code} and {@code message}.
 */
record LocalProblem(String type, String title, int status, String detail, String code, String message) {

    static final String MEDIA_TYPE = "application/problem+json";
    /** Codes of the local API's own refusals, beside central's ({@link Problem}). */
    static final String UNAUTHORIZED = "UNAUTHORIZED";
    static final String FORBIDDEN = "FORBIDDEN";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String INTERNAL = "INTERNAL";

    static LocalProblem of(int status, String code, String message) {
        return new LocalProblem(typeOf(code), code.replace('_', ' ').toLowerCase(Locale.ROOT), status, message, code,
                message);
    }

    static LocalProblem of(int status, Problem problem) {
        return of(status, problem.code(), problem.message());
    }

    /** {@code BAD_REQUEST} → {@code urn:borne:problem:bad-request}. */
    static String typeOf(String code) {
        return "urn:borne:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
