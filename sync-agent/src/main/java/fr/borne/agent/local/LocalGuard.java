package fr.borne.agent.local;

import fr.borne.sync.Problem;
import fr.borne.sync.local.LocalApiToken;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * What every request to the local API must get past before it is read: a loopback Host (no
 * web page can rebind a name onto it), no {@code Origin} (browsers send one on cross-site
 * calls; the kiosk app never does), the per-boot token, a JSON body if any, and at most
 * {@link #MAX_BODY} bytes of it whatever the transfer encoding — the body is read here, so
 * a chunked body cannot grow past the limit.
 */
final class LocalGuard {

    /** Far above the largest question the kiosk app asks (a booking: under 1 kB). */
    static final int MAX_BODY = 16 * 1024;
    static final String BODY = "borne.local.body";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String token;

    LocalGuard(String token) {
        this.token = token;
    }

    void check(Context ctx) {
        if (!LOOPBACK_NAMES.contains(hostName(ctx.host()))) {
            throw new LocalRefusal(403, LocalProblem.FORBIDDEN, "the local API answers on the loopback address only");
        }
        if (ctx.header("Origin") != null) {
            throw new LocalRefusal(403, LocalProblem.FORBIDDEN, "no calls from web pages");
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.startsWith(LocalApiToken.SCHEME)
                || !LocalApiToken.same(token, authorization.substring(LocalApiToken.SCHEME.length()).strip())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new LocalRefusal(401, LocalProblem.UNAUTHORIZED, "the agent's token is required");
        }
        boolean hasBody = ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
        if (hasBody && !isJson(ctx.header("Content-Type"))) {
            throw new LocalRefusal(415, LocalProblem.UNSUPPORTED_MEDIA_TYPE, "bodies are application/json only");
        }
        if (ctx.contentLength() > MAX_BODY) {
            throw tooLarge(ctx);
        }
        ctx.attribute(BODY, hasBody ? readBounded(ctx) : new byte[0]);
    }

    private static byte[] readBounded(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw tooLarge(ctx);
            }
            return body;
        } catch (IOException e) {
            throw new LocalRefusal(400, Problem.BAD_REQUEST, "the body could not be read");
        } catch (UncheckedIOException e) {
            throw new LocalRefusal(400, Problem.BAD_REQUEST, "the body could not be read");
        }
    }

    /** The rest of the body is not read: the connection closes after the answer. */
    private static LocalRefusal tooLarge(Context ctx) {
        ctx.header("Connection", "close");
        return new LocalRefusal(413, LocalProblem.BODY_TOO_LARGE, "bodies are at most " + MAX_BODY + " bytes");
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.toLowerCase(Locale.ROOT).equals("application/json");
    }

    /** The host part of a Host header: "127.0.0.1:18090" → "127.0.0.1", "[::1]:18090" → "[::1]". */
    static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
