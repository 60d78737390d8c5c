package fr.borne.e2e;

import javax.imageio.ImageIO;
import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A finger on the kiosk's X display: run as its own JVM with {@code DISPLAY} set, it taps
 * (XTest pointer events, as a touch screen's driver sends them) and takes screenshots, on
 * commands read from standard input: {@code tap X Y}, {@code shot FILE}; answers {@code ok}.
 */
public final class Finger {

    private Finger() {
    }

    public static void main(String[] args) throws AWTException, IOException {
        Robot robot = new Robot();
        robot.setAutoWaitForIdle(true);
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            String[] words = line.strip().split(" ");
            switch (words[0]) {
                case "tap" -> {
                    robot.mouseMove(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
                    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
                    robot.delay(60);
                    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
                }
                case "shot" -> ImageIO.write(robot.createScreenCapture(screen), "png", new File(words[1]));
                default -> {
                    System.out.println("unknown " + words[0]);
                    continue;
                }
            }
            System.out.println("ok");
            System.out.flush();
        }
    }
}
