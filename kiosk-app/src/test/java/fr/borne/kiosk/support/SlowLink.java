package fr.borne.kiosk.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A slow network between the kiosk and its agent: a real HTTP server on loopback that
 * passes every request on to the agent and its answer back, {@code delay} later. It keeps
 * when each call was under way ({@link System#nanoTime()}), so a test can look at the
 * screen exactly while an answer was awaited.
 */
public final class SlowLink implements AutoCloseable {

    /** A call under way from {@code startNanos} until its answer left at {@code endNanos}. */
    public record Call(String path, long startNanos, long endNanos) {
    }

    private static final Set<String> NOT_PASSED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "date");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slow-link");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI target;
    private final Duration delay;
    private final List<Call> calls = new ArrayList<>();
    private int underWay;

    private SlowLink(URI target, Duration delay) throws IOException {
        this.target = target;
        this.delay = delay;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::pass);
        server.setExecutor(threads);
        server.start();
    }

    public static SlowLink to(URI target, Duration delay) {
        try {
            return new SlowLink(target, delay);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The calls answered so far. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Whether a call is under way now. */
    public synchronized boolean busy() {
        return underWay > 0;
    }

    private void pass(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        synchronized (this) {
            underWay++;
        }
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            // the slow network itself
            Thread.sleep(delay.toMillis());
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_PASSED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                underWay--;
                calls.add(new Call(exchange.getRequestURI().getPath(), start, System.nanoTime()));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
