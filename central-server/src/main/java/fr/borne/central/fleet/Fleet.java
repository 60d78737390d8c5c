package fr.borne.central.fleet;

import fr.borne.sync.Heartbeat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every kiosk, judged at one instant.
 *
 * @param at   central's clock when the view was made
 * @param zone the zone in which times are shown
 */
public record Fleet(Instant at, ZoneId zone, FleetSettings settings, List<KioskLine> lines) {

    public Fleet {
        lines = List.copyOf(lines);
    }

    /** Judges each report against {@code now}; kiosks are listed by establishment, then by id. */
    public static Fleet judge(List<KioskReport> reports, Instant now, ZoneId zone, FleetSettings settings) {
        List<KioskLine> lines = reports.stream()
                .map(report -> line(report, now, settings.staleAfter()))
                .sorted(Comparator.comparing(KioskLine::establishmentName).thenComparing(KioskLine::kioskId))
                .toList();
        return new Fleet(now, zone, settings, lines);
    }

    private static KioskLine line(KioskReport report, Instant now, Duration staleAfter) {
        Optional<Heartbeat> beat = report.heartbeat();
        return new KioskLine(report.kioskId(), report.establishmentId(),
                report.establishmentName().orElse(report.establishmentId()),
                Liveness.of(report.lastSeen(), now, staleAfter),
                report.lastSeen(),
                report.lastSeen().map(seen -> Duration.between(seen, now)),
                beat.map(Heartbeat::appVersion),
                beat.map(Heartbeat::agentVersion),
                DeviceCondition.of(beat.map(b -> b.devices().get(KioskLine.PRINTER))),
                DeviceCondition.of(beat.map(b -> b.devices().get(KioskLine.SCANNER))),
                beat.map(Heartbeat::queueDepth),
                beat.map(Heartbeat::lastSync),
                beat.map(Heartbeat::outOfService),
                beat.map(Heartbeat::trouble));
    }

    public long count(Predicate<KioskLine> which) {
        return lines.stream().filter(which).count();
    }
}
