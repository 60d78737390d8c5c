package fr.borne.agent.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * What Jetty answers by itself, before the API sees a request (a path it will not decode,
 * a malformed request line or header): a problem+json like every other refusal, never
 * Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        response.setContentType(LocalProblem.MEDIA_TYPE);
        response.getOutputStream().write(body(code));
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, LocalProblem.MEDIA_TYPE));
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int status) {
        String code = status == 404 ? LocalProblem.NOT_FOUND : status == 413 ? LocalProblem.BODY_TOO_LARGE
                : status >= 500 ? LocalProblem.INTERNAL : Problem.BAD_REQUEST;
        try {
            return json.writeValueAsBytes(LocalProblem.of(status, code, "the request could not be read"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problems always serialise", e);
        }
    }
}
