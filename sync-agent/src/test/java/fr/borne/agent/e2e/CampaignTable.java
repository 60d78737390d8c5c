package fr.borne.agent.e2e;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a fault campaign did per seed, and which invariants held, as a table for CI's log. */
final class CampaignTable {

    enum Fault {
        PROXY_CUT("cut"), LOST_ANSWER("lost"), DUPLICATE("dup"), REORDER("reord"), CENTRAL_KILLED("centralK"),
        AGENT_KILLED("agentK"), KIOSK_KILLED("kioskK"), DAY_OFFLINE("day");

        final String column;

        Fault(String column) {
            this.column = column;
        }
    }

    enum Check {
        CAPACITY("cap"), NOTHING_LOST("lost0"), NO_DUPLICATE("dup0"), CONVERGED("conv"), KILL_ATOMIC("atomic");

        final String column;

        Check(String column) {
            this.column = column;
        }
    }

    /** One seed's run: how many times each fault happened, each invariant's outcome, how many bookings. */
    record SeedRun(long seed, Map<Fault, Integer> faults, Map<Check, Boolean> checks, int kioskBookings,
                   int portalBookings, long millis) {
        SeedRun {
            faults = new EnumMap<>(faults);
            checks = new EnumMap<>(checks);
        }
    }

    private CampaignTable() {
    }

    static String header() {
        return String.format("%-9s %s | %s | %6s %6s %6s", "seed",
                columns(Fault.values(), f -> f.column), columns(Check.values(), c -> c.column), "kiosk", "portal",
                "secs");
    }

    static String row(SeedRun run) {
        String faults = java.util.Arrays.stream(Fault.values())
                .map(f -> String.format("%" + width(f.column) + "d", run.faults().getOrDefault(f, 0)))
                .collect(Collectors.joining(" "));
        String checks = java.util.Arrays.stream(Check.values())
                .map(c -> String.format("%" + width(c.column) + "s", outcome(run.checks().get(c))))
                .collect(Collectors.joining(" "));
        return String.format("%-9d %s | %s | %6d %6d %6.1f", run.seed(), faults, checks, run.kioskBookings(),
                run.portalBookings(), run.millis() / 1000.0);
    }

    static String table(List<SeedRun> runs) {
        StringBuilder table = new StringBuilder("Fault campaign: faults injected per seed | invariants after healing\n")
                .append(header()).append('\n');
        runs.forEach(run -> table.append(row(run)).append('\n'));
        return table.toString();
    }

    private static String outcome(Boolean held) {
        return held == null ? "-" : held ? "ok" : "FAIL";
    }

    private static int width(String column) {
        return Math.max(column.length(), 4);
    }

    private static <T> String columns(T[] values, java.util.function.Function<T, String> name) {
        return java.util.Arrays.stream(values).map(v -> String.format("%" + width(name.apply(v)) + "s", name.apply(v)))
                .collect(Collectors.joining(" "));
    }
}
