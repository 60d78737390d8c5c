package fr.borne.central.fleet;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

import static fr.borne.central.fleet.Html.escape;

/**
 * The fleet page: a summary, then one row per kiosk. Everything a kiosk sent is escaped;
 * the page reloads itself and needs no script.
 */
public final class FleetPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;
    private final KioskRow rows;

    public FleetPage(Messages messages) {
        this.messages = messages;
        this.rows = new KioskRow(messages, new RelativeTime(messages));
    }

    public String render(Fleet fleet) {
        long silent = fleet.count(line -> line.liveness().needsAttention());
        StringBuilder html = new StringBuilder(8_192 + 1_500 * fleet.lines().size());
        html.append("<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"refresh\" content=\"")
                .append(fleet.settings().refreshEvery().toSeconds()).append("\">\n")
                .append("<title>").append(escape(silent > 0 ? messages.text("title.stale", silent)
                        : messages.text("title"))).append("</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"/fleet/fleet.css\">\n</head>\n<body>\n");
        header(html, fleet);
        html.append("<main>\n");
        summary(html, fleet);
        table(html, fleet);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void header(StringBuilder html, Fleet fleet) {
        var now = fleet.at().atZone(fleet.zone());
        html.append("<header class=\"top\"><div class=\"top-in\">")
                .append("<div class=\"brand\"><span class=\"mark\" aria-hidden=\"true\">B</span><div>")
                .append("<h1>").append(escape(messages.text("title"))).append("</h1>")
                .append("<p class=\"sub\">").append(escape(messages.text("subtitle"))).append("</p></div></div>")
                .append("<p class=\"updated\">").append(escape(messages.text("updated", DAY.format(now),
                        TIME.format(now), fleet.zone().getId()))).append("<br>")
                .append(escape(messages.text("refresh", fleet.settings().refreshEvery().toSeconds())))
                .append("</p></div></header>\n");
    }

    private void summary(StringBuilder html, Fleet fleet) {
        html.append("<section class=\"summary\" aria-label=\"").append(escape(messages.text("summary")))
                .append("\">");
        tile(html, "tile", messages.text("summary.kiosks"), fleet.lines().size());
        tile(html, "tile tile--live", messages.text("summary.live"),
                fleet.count(line -> line.liveness() == Liveness.LIVE));
        long silent = fleet.count(line -> line.liveness().needsAttention());
        tile(html, silent > 0 ? "tile tile--stale" : "tile", messages.text("summary.stale"), silent);
        tile(html, "tile", messages.text("summary.out"), fleet.count(KioskLine::isOutOfService));
        long devices = fleet.count(KioskLine::deviceTrouble);
        tile(html, devices > 0 ? "tile tile--warning" : "tile", messages.text("summary.devices"), devices);
        html.append("</section>\n<p class=\"rule\">")
                .append(escape(messages.text("rule", duration(fleet.settings().staleAfter())))).append("</p>\n");
    }

    private static void tile(StringBuilder html, String css, String label, long count) {
        html.append("<div class=\"").append(css).append("\"><span class=\"count\">").append(count)
                .append("</span><span class=\"label\">").append(escape(label)).append("</span></div>");
    }

    private void table(StringBuilder html, Fleet fleet) {
        if (fleet.lines().isEmpty()) {
            html.append("<p class=\"empty\">").append(escape(messages.text("empty"))).append("</p>\n");
            return;
        }
        html.append("<div class=\"card\"><table class=\"fleet\">\n<caption>")
                .append(escape(messages.text("caption"))).append("</caption>\n<thead><tr>");
        for (String column : new String[] {"state", "kiosk", "establishment", "heartbeat", "version", "printer",
                "scanner", "outbox", "service"}) {
            html.append("<th scope=\"col\"").append(column.equals("outbox") ? " class=\"num\"" : "").append(">")
                    .append(escape(messages.text("column." + column))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (KioskLine line : fleet.lines()) {
            rows.render(html, line, fleet.zone());
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? messages.text("duration.minutes", seconds / 60)
                : messages.text("duration.seconds", seconds);
    }
}
