package fr.borne.ctl;

import fr.borne.agent.SyncAgentMain;
import fr.borne.config.ConfigException;
import fr.borne.config.ConfigFile;
import fr.borne.config.EffectiveConfig;
import fr.borne.kiosk.config.KioskOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import fr.borne.visitor.BadgeKeys;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the kiosk's and the agent's configuration files as the programs do at start, prints
 * the settings each will run with and where each value comes from (file and line, built-in
 * default), and says what would stop a program, with its key, file and line. Opens no
 * database and no device, so it leaves no audit entry and is safe at any time.
 */
@Command(name = "check-config", description = "Check /etc/borne as the kiosk and the sync agent read it at start, "
        + "and print each setting with its source.")
final class CheckConfigCommand implements Callable<Integer> {

    static final String KIOSK_FILE = "kiosk.properties";
    static final String AGENT_FILE = "sync-agent.properties";
    static final String BADGE_KEY_FILE = "badge.key";

    @ParentCommand
    BorneCtl ctl;

    @Option(names = "--config-dir", paramLabel = "DIR", description = "The configuration folder (default: ${DEFAULT-VALUE}).")
    Path configDir = Path.of("/etc/borne");

    @Override
    public Integer call() {
        PrintWriter out = ctl.out();
        Optional<List<EffectiveConfig.Setting>> kiosk = section(out, KioskOptions.NAME, configDir.resolve(KIOSK_FILE),
                KioskOptions::checkConfig);
        Optional<List<EffectiveConfig.Setting>> agent = section(out, SyncAgentMain.NAME, configDir.resolve(AGENT_FILE),
                SyncAgentMain::checkConfig);
        boolean agree = kiosk.isPresent() && agent.isPresent() && agree(out, kiosk.get(), agent.get());
        boolean badgeKey = badgeKey(out, BadgeKeys.namedFile().orElse(configDir.resolve(BADGE_KEY_FILE)));
        if (kiosk.isPresent() && agent.isPresent() && agree && badgeKey) {
            out.println("Configuration OK: both programs will start with these settings.");
            return Exit.OK;
        }
        return Exit.PROBLEM;
    }

    private static Optional<List<EffectiveConfig.Setting>> section(PrintWriter out, String program, Path file,
                                                                 Function<ConfigFile, List<EffectiveConfig.Setting>> check) {
        out.println(program + " (" + file + ")");
        try {
            List<EffectiveConfig.Setting> settings = check.apply(ConfigFile.read(file));
            int width = settings.stream().mapToInt(s -> s.key().length() + s.value().length()).max().orElse(0) + 3;
            for (EffectiveConfig.Setting s : settings) {
                String pair = s.key() + " = " + s.value();
                out.printf("  %-" + width + "s %s%n", pair, s.source());
            }
            return Optional.of(settings);
        } catch (ConfigException e) {
            out.println("  WOULD NOT START: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The deployment's badge key both programs hash with (the file the launcher names, else
     * the folder's badge.key): its id, owner and mode, never the secret.
     */
    private static boolean badgeKey(PrintWriter out, Path file) {
        out.println("badge key (" + file + ")");
        try {
            BadgeKeys keys = BadgeKeys.deployment(file);
            out.println("  key id = " + keys.currentId() + keys.previousId().map(p -> ", previous " + p).orElse("")
                    + "   " + ownerAndMode(file));
            return true;
        } catch (ConfigException e) {
            out.println("  WOULD NOT START: " + e.getMessage());
            return false;
        }
    }

    private static String ownerAndMode(Path file) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
            return attributes.owner().getName() + ":" + attributes.group().getName() + " "
                    + PosixFilePermissions.toString(attributes.permissions());
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** The kiosk and its agent must share the replica and the establishment, and the kiosk must ask the agent's port. */
    private static boolean agree(PrintWriter out, List<EffectiveConfig.Setting> kiosk, List<EffectiveConfig.Setting> agent) {
        Map<String, String> k = values(kiosk);
        Map<String, String> a = values(agent);
        boolean ok = true;
        for (String key : List.of("db", "establishment")) {
            if (!k.get(key).equals(a.get(key))) {
                out.println("MISMATCH: " + key + " is " + k.get(key) + " for the kiosk but " + a.get(key) + " for the agent");
                ok = false;
            }
        }
        String agentApi = "http://127.0.0.1:" + a.get("local-port");
        if (!k.get("agent-local").isEmpty() && !k.get("agent-local").equals(agentApi)) {
            out.println("MISMATCH: agent-local is " + k.get("agent-local") + " but the agent answers on " + agentApi);
            ok = false;
        }
        return ok;
    }

    private static Map<String, String> values(List<EffectiveConfig.Setting> settings) {
        return settings.stream().collect(Collectors.toMap(EffectiveConfig.Setting::key, EffectiveConfig.Setting::value,
                (first, second) -> first));
    }
}
