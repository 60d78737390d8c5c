package fr.borne.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The TCP and UDP sockets some processes listen on, as {@code ss -ltunpH} reports them. */
final class ListeningSockets {

    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s+\\S+\\s+\\d+\\s+\\d+\\s+(\\S+)\\s+\\S+\\s+(.*)$");
    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private ListeningSockets() {
    }

    /** "tcp 127.0.0.1:8443"-style entries of every listening socket whose owner is one of {@code pids}. */
    static Set<String> of(Set<Long> pids) throws IOException {
        Process ss = new ProcessBuilder("ss", "-ltunpH").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Set<String> sockets = new TreeSet<>();
        for (String line : out.split("\n")) {
            Matcher fields = LINE.matcher(line.strip());
            if (!fields.matches()) {
                continue;
            }
            Matcher owner = PID.matcher(fields.group(3));
            while (owner.find()) {
                if (pids.contains(Long.parseLong(owner.group(1)))) {
                    sockets.add(fields.group(1) + " " + fields.group(2));
                }
            }
        }
        return sockets;
    }
}
