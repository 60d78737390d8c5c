package fr.borne.kiosk.work;

import fr.borne.kiosk.online.AgentLocalClient;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.ScreenThreadGuard;
import fr.borne.testsupport.RefusedPort;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard every kiosk test runs under: a read of the replica, or a call to the agent, made
 * on the JavaFX thread fails the test when its kiosk closes, naming where it was made; the
 * same work off that thread does not.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenThreadGuardTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    @Test
    @DisplayName("A read of the replica on the JavaFX thread fails the test at close, with the stack of the read")
    void aReadOnTheScreenThreadFailsTheTestAtClose() {
        kiosk.fxNow(() -> kiosk.ui().context().figures().here());
        kiosk.fxNow(() -> kiosk.ui().context().figures().here());

        assertThat(kiosk.guard().uses()).isEqualTo(2);
        assertThatThrownBy(kiosk::close).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("2 use(s) of the replica or the agent on the JavaFX thread")
                .cause().satisfies(first -> assertThat(Arrays.stream(first.getStackTrace())
                        .map(StackTraceElement::getClassName)).as("the read's own stack")
                        .contains(ScreenThreadGuardTest.class.getName(), "fr.borne.kiosk.i18n.FiguresInForce"));
    }

    @Test
    @DisplayName("The same read off the JavaFX thread passes")
    void aReadOffTheScreenThreadPasses() {
        kiosk.ui().context().figures().here();
        kiosk.scan("DEMO-0001");
        kiosk.waitUntil(() -> kiosk.has("book"));

        assertThat(kiosk.guard().uses()).isZero();
        kiosk.close();
    }

    @Test
    @DisplayName("A call to the agent's local API on the JavaFX thread is reported too, before it goes out")
    void aCallToTheAgentOnTheScreenThreadIsReported(@TempDir Path folder) throws Exception {
        kiosk.close();
        ScreenThreadGuard guard = new ScreenThreadGuard();
        List<String> threads = new CopyOnWriteArrayList<>();
        try (RefusedPort agent = RefusedPort.open()) {
            AgentLocalClient client = guard.watch(new AgentLocalClient(URI.create(agent.httpUrl()),
                    folder.resolve("token"), new AgentLocalClient.Timeouts(Duration.ofSeconds(1),
                    Duration.ofSeconds(1), Duration.ofSeconds(1))));
            Thread screen = new Thread(() -> {
                client.status();
                threads.add(Thread.currentThread().getName());
            }, ScreenThread.NAME);
            screen.start();
            screen.join();
            client.status();
        }
        assertThat(threads).containsExactly(ScreenThread.NAME);
        assertThat(guard.uses()).as("the call on the screen's thread only").isEqualTo(1);
        assertThatThrownBy(guard::verify).isInstanceOf(AssertionError.class).cause()
                .hasMessage("the agent's local API used on the JavaFX thread, here");
    }
}
