package fr.borne.ctl;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The versions borne-ctl knows of itself; the kiosk app's and the agent's come from the database. */
final class Versions implements CommandLine.IVersionProvider {

    static Map<String, String> own() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("borne-ctl", Versions.class.getPackage().getImplementationVersion() == null ? "development build"
                : Versions.class.getPackage().getImplementationVersion());
        versions.put("java", System.getProperty("java.version"));
        return versions;
    }

    @Override
    public String[] getVersion() {
        return own().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
    }
}
