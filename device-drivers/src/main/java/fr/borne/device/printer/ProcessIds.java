package fr.borne.device.printer;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Process IDs for {@code GS ( H}: four printable characters, different for each job and starting at a random
 * point, so a late answer to a job of an earlier run (a restarted kiosk on the same serial line) is not taken for
 * the answer to a new one.
 */
final class ProcessIds {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int SPACE = DIGITS.length() * DIGITS.length() * DIGITS.length() * DIGITS.length();

    private int next = ThreadLocalRandom.current().nextInt(SPACE);

    String next() {
        int n = next;
        next = (next + 1) % SPACE;
        char[] id = new char[4];
        for (int i = 3; i >= 0; i--) {
            id[i] = DIGITS.charAt(n % DIGITS.length());
            n /= DIGITS.length();
        }
        return new String(id);
    }
}
