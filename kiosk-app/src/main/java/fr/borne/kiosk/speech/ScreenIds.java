package fr.borne.kiosk.speech;

import java.util.Locale;

/**
 * A screen's name in the spoken bundles, from its class: {@code DayScreen} and a
 * {@code DayController} are both {@code day}. Class names are the stable part of a screen.
 */
public final class ScreenIds {

    private static final String[] SUFFIXES = {"Screen", "Controller", "View"};

    private ScreenIds() {
    }

    public static String of(Class<?> screen) {
        String name = screen.getSimpleName();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
