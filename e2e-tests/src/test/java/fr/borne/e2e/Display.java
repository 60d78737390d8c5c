package fr.borne.e2e;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An Xvfb screen of a kiosk's size (1920×1080, the size the screenshot tour draws) and a
 * {@link Finger} on it. Xvfb picks a free display number itself ({@code -displayfd}).
 */
final class Display implements AutoCloseable {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private final Launched xvfb;
    private final String name;
    private final Process finger;
    private final PrintWriter commands;
    private final BufferedReader answers;
    private final Path shots;
    private int shotCount;

    private Display(Launched xvfb, String name, Process finger, Path shots) {
        this.xvfb = xvfb;
        this.name = name;
        this.finger = finger;
        this.commands = new PrintWriter(finger.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(finger.getInputStream(), StandardCharsets.UTF_8));
        this.shots = shots;
    }

    static Display start(Path logs) throws IOException {
        Launched xvfb = Launched.start("xvfb", List.of("Xvfb", "-displayfd", "1", "-nolisten", "tcp",
                "-screen", "0", WIDTH + "x" + HEIGHT + "x24"), Map.of(), logs);
        String number = xvfb.awaitLine(java.util.regex.Pattern.compile("^(\\d+)$", java.util.regex.Pattern.MULTILINE),
                Duration.ofSeconds(30)).group(1);
        String name = ":" + number;
        ProcessBuilder builder = new ProcessBuilder(CentralJar.java(), "-Djava.awt.headless=false",
                "-cp", System.getProperty("java.class.path"), Finger.class.getName())
                .redirectError(logs.resolve("finger.log").toFile());
        builder.environment().put("DISPLAY", name);
        return new Display(xvfb, name, builder.start(), logs);
    }

    String name() {
        return name;
    }

    void tap(int x, int y) {
        send("tap " + x + " " + y);
    }

    BufferedImage shot() {
        Path file = shots.resolve("screen-" + (shotCount++ % 50) + ".png");
        send("shot " + file);
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("unreadable screenshot " + file, e);
        }
    }

    /** Waits for the screen to satisfy {@code condition}; the last screen is kept as screen-last.png. */
    BufferedImage await(String what, Duration ceiling, Predicate<BufferedImage> condition) {
        return Waits.until(ceiling, what + " on screen (see " + shots + ")", () -> {
            BufferedImage screen = shot();
            return condition.test(screen) ? Optional.of(screen) : Optional.empty();
        });
    }

    private void send(String command) {
        commands.println(command);
        try {
            String answer = answers.readLine();
            if (!"ok".equals(answer)) {
                throw new AssertionError("the finger answered " + answer + " to " + command);
            }
        } catch (IOException e) {
            throw new AssertionError("the finger stopped", e);
        }
    }

    @Override
    public void close() {
        commands.close();
        finger.destroy();
        xvfb.close();
    }
}
