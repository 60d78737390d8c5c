package fr.borne.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP 9100 receipt printer on a free loopback port: records every byte it receives and
 * answers ESC/POS real-time status requests ({@code DLE EOT n}) with "online, paper present".
 */
final class RecordingPrinter implements AutoCloseable {

    private static final int DLE = 0x10;
    private static final int EOT = 0x04;
    private static final int ALL_WELL = 0x12;

    private final ServerSocket server;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    RecordingPrinter() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "recording-printer");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Everything printed so far, read as PC858 text would be (only ASCII matters here). */
    String text() {
        synchronized (received) {
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread serving = new Thread(() -> serve(client), "recording-printer-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            int previous = -1;
            int before = -1;
            for (int b = in.read(); b >= 0; b = in.read()) {
                synchronized (received) {
                    received.write(b);
                }
                if (before == DLE && previous == EOT) {
                    out.write(ALL_WELL);
                    out.flush();
                }
                before = previous;
                previous = b;
            }
        } catch (IOException ignored) {
            // the kiosk closed the connection: it reconnects for the next job
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
