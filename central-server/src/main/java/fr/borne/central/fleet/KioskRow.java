package fr.borne.central.fleet;

import fr.borne.sync.SyncTrouble;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import static fr.borne.central.fleet.Html.escape;

/** One table row of the fleet page; on a phone each row becomes a card, labelled by {@code data-label}. */
final class KioskRow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final String NOTHING = "<span class=\"none\">—</span>";

    private final Messages messages;
    private final RelativeTime relative;

    KioskRow(Messages messages, RelativeTime relative) {
        this.messages = messages;
        this.relative = relative;
    }

    void render(StringBuilder html, KioskLine line, ZoneId zone) {
        html.append("<tr class=\"kiosk kiosk--").append(cssName(line.liveness())).append(line.isOutOfService()
                        ? " kiosk--out" : "").append("\" data-kiosk=\"").append(escape(line.kioskId()))
                .append("\" data-liveness=\"").append(line.liveness().name()).append("\">");
        cell(html, "column.state", "state", liveness(line.liveness()));
        cell(html, "column.kiosk", "id", "<span class=\"kiosk-id\">" + escape(line.kioskId()) + "</span>");
        cell(html, "column.establishment", "place", escape(line.establishmentName()));
        cell(html, "column.heartbeat", line.liveness().needsAttention() ? "seen late" : "seen", seen(line, zone));
        cell(html, "column.version", "version", version(line));
        cell(html, "column.printer", "device", device(line.printer()));
        cell(html, "column.scanner", "device", device(line.scanner()));
        cell(html, "column.outbox", "num", line.outboxDepth().map(String::valueOf).orElse(NOTHING)
                + line.trouble().filter(SyncTrouble::any).map(this::parked).orElse(""));
        cell(html, "column.service", "service", service(line.outOfService()));
        html.append("</tr>\n");
    }

    private void cell(StringBuilder html, String labelKey, String css, String content) {
        html.append("<td class=\"").append(css).append("\" data-label=\"").append(escape(messages.text(labelKey)))
                .append("\"><div class=\"v\">").append(content).append("</div></td>");
    }

    private String liveness(Liveness liveness) {
        Icon icon = switch (liveness) {
            case LIVE -> Icon.LIVE;
            case STALE -> Icon.ALERT;
            case NEVER_SEEN -> Icon.NEVER;
        };
        return badge("badge badge--" + cssName(liveness), icon,
                messages.text("liveness." + liveness.name()));
    }

    private String seen(KioskLine line, ZoneId zone) {
        if (line.lastSeen().isEmpty()) {
            return "<span class=\"ago\">" + escape(messages.text("heartbeat.never")) + "</span>";
        }
        Instant seen = line.lastSeen().get();
        return "<span class=\"ago\">" + escape(relative.ago(line.silence().orElseThrow())) + "</span>"
                + "<time class=\"when\" datetime=\"" + seen + "\">" + escape(WHEN.format(seen.atZone(zone)))
                + "</time>";
    }

    private String version(KioskLine line) {
        if (line.appVersion().isEmpty() && line.agentVersion().isEmpty()) {
            return NOTHING;
        }
        return "<span class=\"app\">" + escape(line.appVersion().orElse("?")) + "</span>"
                + "<span class=\"agent\">" + escape(messages.text("version.agent",
                line.agentVersion().orElse("?"))) + "</span>";
    }

    private String device(DeviceCondition device) {
        String words = device.labelKey().map(messages::text).orElseGet(() -> device.word().orElse(""));
        String title = device.word().map(w -> " title=\"" + escape(w) + "\"").orElse("");
        return "<span class=\"chip chip--" + device.tone().name().toLowerCase(java.util.Locale.ROOT) + "\"" + title
                + ">" + Icon.of(device.tone()).svg() + "<span>" + escape(words) + "</span></span>";
    }

    /** What the agent set aside so that sync goes on, with the last reason (ids only) on hover. */
    private String parked(SyncTrouble trouble) {
        String title = trouble.lastReason() == null ? "" : " title=\"" + escape(trouble.lastReason()) + "\"";
        return "<span class=\"chip chip--warning parked\"" + title + ">" + Icon.ALERT.svg() + "<span>"
                + escape(messages.text("sync.parked", trouble.parkedChanges(), trouble.parkedOutbox(),
                trouble.stuckOutbox())) + "</span></span>";
    }

    private String service(Optional<Boolean> outOfService) {
        if (outOfService.isEmpty()) {
            return badge("chip chip--unknown", Icon.UNKNOWN, messages.text("service.unknown"));
        }
        return outOfService.get()
                ? badge("chip chip--out", Icon.STOPPED, messages.text("service.out"))
                : badge("chip chip--good", Icon.LIVE, messages.text("service.in"));
    }

    private static String badge(String css, Icon icon, String words) {
        return "<span class=\"" + css + "\">" + icon.svg() + "<span>" + escape(words) + "</span></span>";
    }

    static String cssName(Liveness liveness) {
        return switch (liveness) {
            case LIVE -> "live";
            case STALE -> "stale";
            case NEVER_SEEN -> "never";
        };
    }
}
