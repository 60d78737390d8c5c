package fr.borne.central.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Errors Jetty answers itself, before any route (a malformed request line, headers too
 * large, a bad URI): a problem body like every other error, not Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    ProblemErrorHandler() {
        setShowServlet(false);
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        response.setContentType(Problems.CONTENT_TYPE);
        response.getOutputStream().write(json(status).getBytes(StandardCharsets.UTF_8));
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE));
        return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
    }

    private static String json(int status) {
        String code = status == 404 ? "NOT_FOUND" : status == 413 || status == 431 ? "TOO_LARGE"
                : status >= 500 ? "SERVER_ERROR" : "BAD_REQUEST";
        return "{\"type\":\"" + Problems.type(code) + "\",\"status\":" + status + ",\"code\":\"" + code
                + "\",\"message\":\"the request could not be read\"}";
    }
}
