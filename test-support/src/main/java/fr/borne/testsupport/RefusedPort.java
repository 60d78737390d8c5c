package fr.borne.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where every connection is refused, for as long as this is open: the port
 * is bound by a socket that never listens. Nothing else can bind it meanwhile (the kernel
 * will not hand it to a server asking for port 0), so it cannot turn into some other
 * server's port the way a port "found free and closed" can.
 */
public final class RefusedPort implements AutoCloseable {

    private final Socket holder;

    private RefusedPort(Socket holder) {
        this.holder = holder;
    }

    public static RefusedPort open() {
        Socket holder = new Socket();
        try {
            holder.setReuseAddress(false);
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new RefusedPort(holder);
        } catch (IOException e) {
            try {
                holder.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return holder.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String httpUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        try {
            holder.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
