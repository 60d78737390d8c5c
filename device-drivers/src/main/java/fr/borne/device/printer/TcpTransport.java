package fr.borne.device.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A network printer's raw port (usually 9100). Writes succeed even when paper is out: status must be asked. */
public final class TcpTransport implements PrinterTransport {

    private final String host;
    private final int port;
    private final Duration connectTimeout;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public PrinterConnection connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setTcpNoDelay(true);
            return new Connection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "tcp " + host + ":" + port;
    }

    private static final class Connection implements PrinterConnection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        @Override
        public int read(Duration timeout) throws IOException {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            try {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("printer closed the connection");
                }
                return b;
            } catch (SocketTimeoutException e) {
                return -1;
            }
        }

        @Override
        public void discardInput() throws IOException {
            while (in.available() > 0) {
                if (in.read() < 0) {
                    throw new IOException("printer closed the connection");
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
