package fr.borne.kiosk.technician;

/** The kiosk app's version, from its jar's manifest ("dev" when run from the build's classes). */
public final class KioskVersion {

    public static final String DEVELOPMENT = "dev";

    private KioskVersion() {
    }

    public static String current() {
        String version = KioskVersion.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT : version;
    }
}
