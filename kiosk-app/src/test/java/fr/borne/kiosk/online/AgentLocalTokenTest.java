package fr.borne.kiosk.online;

import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.sync.local.AgentStatus;
import fr.borne.sync.local.LocalApiToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk app shows the agent's token, and finds the new one when the agent restarts. */
class AgentLocalTokenTest {

    @TempDir
    Path dir;

    private AgentAssembly agent;

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void the_client_reads_the_token_and_reads_it_again_after_the_agent_restarted_with_a_new_one() throws IOException {
        int port = startAgent(0);
        Path tokenFile = LocalApiToken.besideReplica(dir.resolve("kiosk.db"));
        AgentLocalClient client = new AgentLocalClient(URI.create("http://127.0.0.1:" + port), tokenFile,
                AgentLocalClient.Timeouts.defaults());
        assertThat(client.status()).isInstanceOf(Online.Answered.class);
        String first = LocalApiToken.read(tokenFile).orElseThrow();

        agent.close();
        startAgent(port);
        assertThat(LocalApiToken.read(tokenFile).orElseThrow()).isNotEqualTo(first);

        Online<AgentStatus> after = client.status();
        assertThat(after).isInstanceOf(Online.Answered.class);
    }

    @Test
    void without_the_token_the_agent_answers_nothing_but_a_refusal() throws IOException {
        int port = startAgent(0);
        AgentLocalClient stranger = new AgentLocalClient(URI.create("http://127.0.0.1:" + port),
                dir.resolve("no-such.token"), AgentLocalClient.Timeouts.defaults());
        assertThat(stranger.status()).isEqualTo(new Online.Failed<>("UNAUTHORIZED"));
    }

    private int startAgent(int port) throws IOException {
        int deadPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = closed.getLocalPort();
        }
        ClientSettings settings = ClientSettings.defaults("http://127.0.0.1:" + deadPort, "rouen-1", Optional.empty());
        agent = new AgentAssembly(new AgentConfig(dir.resolve("kiosk.db"), settings, "rouen-1", "rouen", 2, 100,
                SyncAgent.Periods.defaults()).withLocalApi(port, Duration.ofSeconds(1)), Clock.systemUTC());
        return agent.startLocalApi().orElseThrow();
    }
}
