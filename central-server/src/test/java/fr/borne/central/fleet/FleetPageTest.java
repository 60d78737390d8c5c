package fr.borne.central.fleet;

import fr.borne.sync.Heartbeat;
import fr.borne.sync.SyncTrouble;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.borne.central.fleet.Reports.beat;
import static fr.borne.central.fleet.Reports.heardAt;
import static fr.borne.central.fleet.Reports.neverHeard;
import static org.assertj.core.api.Assertions.assertThat;

class FleetPageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final FleetSettings SETTINGS = new FleetSettings(Duration.ofMinutes(3), Duration.ofSeconds(15));

    private final FleetPage page = new FleetPage(Messages.load());

    private String render(KioskReport... reports) {
        return page.render(Fleet.judge(List.of(reports), CLOCK.instant(), CLOCK.getZone(), SETTINGS));
    }

    @Test
    void a_kiosk_silent_past_the_threshold_is_marked_stale_by_class_word_and_icon() {
        Instant now = CLOCK.instant();
        String html = render(
                heardAt("rouen-1", "Maison d'arrêt de Rouen", now.minusSeconds(40),
                        beat("2.1.0", "ONLINE", "CONNECTED", 0, false, now.minusSeconds(40))),
                heardAt("rouen-2", "Maison d'arrêt de Rouen", now.minus(Duration.ofMinutes(4)),
                        beat("2.1.0", "ONLINE", "CONNECTED", 3, false, now.minus(Duration.ofMinutes(4)))));

        String stale = row(html, "rouen-2");
        assertThat(stale).contains("kiosk--stale").contains("data-liveness=\"STALE\"")
                .contains("Sans nouvelles").contains(Icon.ALERT.svg())
                .contains("il y a 4 min").contains("seen late");
        String live = row(html, "rouen-1");
        assertThat(live).contains("kiosk--live").contains("En ligne").doesNotContain("Sans nouvelles")
                .doesNotContain("seen late");
        assertThat(html).contains("<title>⚠ 1 sans nouvelles · Parc des bornes</title>");
    }

    @Test
    void what_a_kiosk_s_agent_parked_or_flagged_shows_beside_its_outbox_with_the_reason_on_hover() {
        Instant now = CLOCK.instant();
        Heartbeat troubled = new Heartbeat("1.0.0", "2.1.0", Map.of(), 4, now, now, false,
                new SyncTrouble(1, 2, 1, "booking 6a3c1f52: <FOREIGN KEY> constraint failed"));
        String html = render(heardAt("rouen-1", "Maison d'arrêt de Rouen", now, troubled),
                heardAt("rouen-2", "Maison d'arrêt de Rouen", now, beat("2.1.0", "ONLINE", "CONNECTED", 0, false, now)));

        assertThat(row(html, "rouen-1")).contains("chip--warning parked")
                .contains("Mis de côté : 1 du flux, 2 envoi(s) refusé(s), 1 envoi(s) en échec")
                .contains("title=\"booking 6a3c1f52: &lt;FOREIGN KEY&gt; constraint failed\"");
        assertThat(row(html, "rouen-2")).doesNotContain("parked");
    }

    @Test
    void the_last_heartbeat_shows_both_how_long_ago_and_when_in_centrals_zone() {
        Instant seen = Instant.parse("2026-11-23T12:56:00Z");
        String html = render(heardAt("dijon-1", "Maison d'arrêt de Dijon", seen,
                beat("2.1.0", "ONLINE", "CONNECTED", 0, false, seen)));

        assertThat(row(html, "dijon-1")).contains("il y a 4 min")
                .contains("<time class=\"when\" datetime=\"2026-11-23T12:56:00Z\">23/11/2026 13:56:00</time>");
        assertThat(html).contains("Mis à jour le 23/11/2026 à 14:00:00 (Europe/Paris)");
    }

    @Test
    void everything_a_kiosk_sends_is_escaped() {
        Instant now = CLOCK.instant();
        String html = render(heardAt("<script>alert(1)</script>", "Maison \"<b>d'arrêt</b>\"", now,
                beat("<img src=x onerror=alert(2)>", "<svg onload=alert(3)>", "CONNECTED\"><i>", 0, null, now)));

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg onload")
                .doesNotContain("<b>").doesNotContain("<i>");
        assertThat(html).contains("data-kiosk=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("Maison &quot;&lt;b&gt;d&#39;arrêt&lt;/b&gt;&quot;")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("title=\"&lt;svg onload=alert(3)&gt;\"")
                .contains("CONNECTED&quot;&gt;&lt;i&gt;");
    }

    @Test
    void device_words_out_of_service_and_outbox_depth_are_shown_with_words() {
        Instant now = CLOCK.instant();
        String html = render(heardAt("rouen-1", "Maison d'arrêt de Rouen", now,
                beat("2.1.0", "PAPER_NEAR_END", "DISCONNECTED", 7, true, now)));

        String row = row(html, "rouen-1");
        assertThat(row).contains("chip chip--warning").contains("Papier bientôt épuisé")
                .contains("chip chip--fault").contains("Déconnecté")
                .contains("kiosk--out").contains("Hors service")
                .contains("data-label=\"File d&#39;envoi\"><div class=\"v\">7</div></td>")
                .contains("<span class=\"app\">2.1.0</span>");
        assertThat(tile(html, "Hors service")).isEqualTo(1);
        assertThat(tile(html, "Appareils à vérifier")).isEqualTo(1);
    }

    @Test
    void a_kiosk_that_does_not_report_its_service_switch_reads_as_not_reported() {
        Instant now = CLOCK.instant();
        String html = render(heardAt("rouen-1", "Maison d'arrêt de Rouen", now,
                beat("2.0.0", "ONLINE", "CONNECTED", 0, null, now)));

        assertThat(row(html, "rouen-1")).contains("chip chip--unknown").contains("Non signalé")
                .doesNotContain("Hors service").doesNotContain("En service");
    }

    @Test
    void a_registered_kiosk_never_heard_from_needs_attention() {
        String html = render(neverHeard("dijon-2", "Maison d'arrêt de Dijon"));

        assertThat(row(html, "dijon-2")).contains("kiosk--never").contains("Jamais connectée")
                .contains("Aucun signal reçu").contains(Icon.NEVER.svg());
        assertThat(tile(html, "Sans nouvelles")).isEqualTo(1);
        assertThat(tile(html, "En ligne")).isZero();
    }

    @Test
    void the_page_reloads_itself_at_the_configured_pace_and_says_after_how_long_a_kiosk_is_stale() {
        String html = render(neverHeard("dijon-2", "Maison d'arrêt de Dijon"));

        assertThat(html).contains("<meta http-equiv=\"refresh\" content=\"15\">")
                .contains("après 3 min sans signal")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    }

    @Test
    void an_empty_fleet_says_so() {
        assertThat(render()).contains("Aucune borne n&#39;est enregistrée.").doesNotContain("<table");
    }

    @Test
    void kiosks_are_listed_by_establishment_then_by_id() {
        Instant now = CLOCK.instant();
        String html = render(
                heardAt("rouen-2", "Maison d'arrêt de Rouen", now, beat("1", "ONLINE", "CONNECTED", 0, false, now)),
                heardAt("dijon-1", "Maison d'arrêt de Dijon", now, beat("1", "ONLINE", "CONNECTED", 0, false, now)),
                heardAt("rouen-1", "Maison d'arrêt de Rouen", now, beat("1", "ONLINE", "CONNECTED", 0, false, now)));

        assertThat(html.indexOf("data-kiosk=\"dijon-1\"")).isLessThan(html.indexOf("data-kiosk=\"rouen-1\""));
        assertThat(html.indexOf("data-kiosk=\"rouen-1\"")).isLessThan(html.indexOf("data-kiosk=\"rouen-2\""));
    }

    private static String row(String html, String kioskId) {
        Matcher row = Pattern.compile("<tr class=\"kiosk[^>]*data-kiosk=\"" + Pattern.quote(kioskId)
                + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("row of %s", kioskId).isTrue();
        return row.group();
    }

    private static int tile(String html, String label) {
        Matcher tile = Pattern.compile("<span class=\"count\">(\\d+)</span><span class=\"label\">"
                + Pattern.quote(label) + "</span>").matcher(html);
        assertThat(tile.find()).as("tile %s", label).isTrue();
        return Integer.parseInt(tile.group(1));
    }
}
