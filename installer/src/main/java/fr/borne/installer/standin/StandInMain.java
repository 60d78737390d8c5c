package fr.borne.installer.standin;

import java.util.List;

/**
 * Stands in for the kiosk app and the sync agent in packages built without them, so the
 * packaging, the launchers and the units can be built and installed whatever state the
 * applications are in. It prints what it was started with and exits.
 */
public final class StandInMain {

    private StandInMain() {
    }

    public static void main(String[] args) {
        System.out.println("borne stand-in application, java " + Runtime.version().feature()
                + ", config " + System.getProperty("borne.config.dir", "-")
                + ", data " + System.getProperty("borne.data.dir", "-")
                + ", args " + List.of(args));
    }
}
