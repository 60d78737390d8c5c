package fr.borne.agent.client;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;

/**
 * Sockets with Nagle's algorithm off. A call is written as small pieces (the TLS records of
 * the headers, then of the body); with Nagle on, the body waits for central to acknowledge
 * the headers, which a delayed acknowledgement holds back for up to 40 ms on Linux — on every
 * booking pushed. Central's side (Jetty) already turns it off.
 */
final class NoDelaySockets extends SocketFactory {

    private final SocketFactory system = SocketFactory.getDefault();

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(system.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(system.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(system.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(system.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return noDelay(system.createSocket(address, port, localAddress, localPort));
    }

    private static Socket noDelay(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
