package fr.borne.e2e;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where the visitor's screens put their buttons on a 1920×1080 kiosk (as in docs/screenshots),
 * and how to tell the screens apart by their pixels: the theme's blue (#0b4f9c) fills primary
 * buttons (each screen's in the action bar above the languages, the same place on every
 * screen) and a chosen visitor's row, and draws the border of a day or round that can be chosen.
 */
final class KioskScreens {

    /** The middle of the action bar: "Réserver un parloir", "Continuer", "Confirmer la réservation". */
    private static final int ACTION_Y = 898;
    static final Point BOOK = new Point(960, ACTION_Y);
    static final Point FIRST_ROUND = new Point(960, 316);
    static final Point CONTINUE = new Point(960, ACTION_Y);
    static final Point CONFIRM = new Point(960, ACTION_Y);
    /** The first visitor's row on the companions screen, filled when chosen (the visitor is, from the start). */
    private static final int FIRST_VISITOR_Y = 420;
    /** Between the title bar and the action bar. */
    private static final int PAGE_TOP = 140;
    private static final int PAGE_BOTTOM = 820;

    private static final int[] DAY_LEFT = {49, 417, 785, 1151, 1519};
    private static final int[] DAY_TOP = {255, 365, 475, 585};
    private static final int DAY_WIDTH = 352;
    private static final int DAY_HEIGHT = 94;

    private KioskScreens() {
    }

    /** The visitor's home: "Réserver un parloir" across the action bar, the page's other buttons outlined above it. */
    static boolean home(BufferedImage screen) {
        return action(screen) && !filled(screen, 1700, FIRST_VISITOR_Y) && anyBlue(screen, 1700, PAGE_TOP, PAGE_BOTTOM);
    }

    /** The first day that can be chosen, on the day screen. */
    static Optional<Point> firstOpenDay(BufferedImage screen) {
        if (action(screen)) {
            // still the home screen
            return Optional.empty();
        }
        for (int top : DAY_TOP) {
            for (int left : DAY_LEFT) {
                if (blueBorder(screen, left, top)) {
                    return Optional.of(new Point(left + DAY_WIDTH / 2, top + DAY_HEIGHT / 2));
                }
            }
        }
        return Optional.empty();
    }

    /** The round screen: full-width boxes, so no day border where the grid's columns meet. */
    static boolean rounds(BufferedImage screen) {
        int insideFrom = DAY_TOP[0] + 8;
        int insideTo = DAY_TOP[0] + DAY_HEIGHT - 8;
        return blueBorder(screen, DAY_LEFT[0], DAY_TOP[0]) && white(screen, 780, 790, insideFrom, insideTo)
                && white(screen, 1146, 1156, insideFrom, insideTo);
    }

    /** Who comes along: "Continuer", and the visitor's own row chosen. */
    static boolean companions(BufferedImage screen) {
        return action(screen) && filled(screen, 1700, FIRST_VISITOR_Y);
    }

    /** The review: "Confirmer la réservation" under a page of words only. */
    static boolean review(BufferedImage screen) {
        return action(screen) && !anyBlue(screen, 1700, PAGE_TOP, PAGE_BOTTOM);
    }

    private static boolean action(BufferedImage screen) {
        return filled(screen, 1700, ACTION_Y) && filled(screen, 200, ACTION_Y);
    }

    private static boolean anyBlue(BufferedImage screen, int x, int fromY, int toY) {
        for (int y = fromY; y <= toY; y++) {
            if (blue(screen.getRGB(x, y))) {
                return true;
            }
        }
        return false;
    }

    private static boolean blueBorder(BufferedImage screen, int left, int top) {
        int blue = 0;
        for (int y = top + 10; y < top + DAY_HEIGHT - 10; y++) {
            for (int x = left - 4; x <= left + 4; x++) {
                if (blue(screen.getRGB(x, y))) {
                    blue++;
                }
            }
        }
        return blue > (DAY_HEIGHT - 20) * 2;
    }

    private static boolean filled(BufferedImage screen, int x, int y) {
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                if (!blue(screen.getRGB(x + dx, y + dy))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean white(BufferedImage screen, int fromX, int toX, int fromY, int toY) {
        for (int y = fromY; y <= toY; y++) {
            for (int x = fromX; x <= toX; x++) {
                if ((screen.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean blue(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 40 && g > 60 && g < 100 && b > 130 && b < 180;
    }
}
