package fr.borne.kiosk.work;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's report of a wait on the screen's thread: once per place in its code, naming the place only. */
class ScreenThreadTest {

    @Test
    void the_place_is_the_kiosks_code_past_the_store() {
        StackTraceElement[] stack = {
                new StackTraceElement("fr.borne.kiosk.work.ScreenThread", "lambda", "ScreenThread.java", 35),
                new StackTraceElement("fr.borne.store.Database", "read", "Database.java", 217),
                new StackTraceElement("fr.borne.store.SqliteVisitorDirectory", "visitor", "SqliteVisitorDirectory.java", 80),
                new StackTraceElement("fr.borne.kiosk.session.SessionDirectory", "visitor", "SessionDirectory.java", 40),
                new StackTraceElement("fr.borne.kiosk.booking.RefusedScreen", "view", "RefusedScreen.java", 61),
                new StackTraceElement("javafx.scene.Parent", "layout", "Parent.java", 1)};

        assertThat(ScreenThread.callSite(stack)).isEqualTo("fr.borne.kiosk.session.SessionDirectory.visitor:40");
    }

    @Test
    void each_place_is_warned_of_once_and_the_screen_goes_on() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ScreenThread.class);
        logger.addAppender(log);
        log.start();
        try {
            Consumer<Thread> report = ScreenThread.warnOncePerCallSite();
            for (int i = 0; i < 3; i++) {
                report.accept(Thread.currentThread());
            }
            report.accept(Thread.currentThread());
        } finally {
            logger.detachAppender(log);
        }
        List<String> warned = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warned).hasSize(2).allMatch(line -> line.startsWith("the screen's thread waited on the replica or the network at "));
    }
}
