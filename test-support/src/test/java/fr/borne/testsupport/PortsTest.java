package fr.borne.testsupport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortsTest {

    @Test
    void aRefusedPortRefusesConnectionsAndNoServerCanTakeIt() {
        try (RefusedPort refused = RefusedPort.open()) {
            assertThatThrownBy(() -> connect(refused.port()).close()).isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> {
                try (ServerSocket server = new ServerSocket()) {
                    server.setReuseAddress(true);
                    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), refused.port()));
                }
            }).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aSilentPortTakesTheConnectionAndNeverAnswers() throws IOException {
        try (SilentPort silent = SilentPort.open(); Socket socket = connect(silent.port())) {
            socket.setSoTimeout(200);
            socket.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes());
            assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        return socket;
    }
}
