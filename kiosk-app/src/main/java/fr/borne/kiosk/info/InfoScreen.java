package fr.borne.kiosk.info;

import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.i18n.VisitFigures;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** T5: the establishment's address, visiting days and hours, and the parloir phone line. */
public final class InfoScreen implements Screen {

    private final KioskContext ctx;
    private final VisitFigures figures;

    private InfoScreen(KioskContext ctx, VisitFigures figures) {
        this.ctx = ctx;
        this.figures = figures;
    }

    /** Reads the establishment's figures in force (T1's convocation lead) off the screen's thread, then shows them. */
    public static void open(KioskContext ctx) {
        ctx.waiting().ask(ctx.figures()::here, figures -> ctx.navigator().show(new InfoScreen(ctx, figures)));
    }

    @Override
    public String title(Texts texts) {
        return texts.get("info.title");
    }

    @Override
    public Node view(Texts texts) {
        Establishment e = ctx.establishment();
        VBox hours = new VBox(8);
        Map<DayOfWeek, List<Round>> byDay = new TreeMap<>(ctx.timetable().stream()
                .collect(Collectors.groupingBy(Round::day)));
        byDay.forEach((day, rounds) -> {
            String starts = rounds.stream().sorted(java.util.Comparator.comparing(Round::start))
                    .map(r -> r.start().toString()).collect(Collectors.joining(", "));
            long minutes = rounds.get(0).length().toMinutes();
            hours.getChildren().add(Widgets.label(texts.get("info.dayRounds",
                    capitalised(day.getDisplayName(TextStyle.FULL, texts.language().locale())), starts, minutes), "subline"));
        });
        if (byDay.isEmpty()) {
            hours.getChildren().add(Widgets.label(texts.get("info.noTimetable"), "subline"));
        }
        return Widgets.page(
                Widgets.headline(e.name()),
                Widgets.card(null, Widgets.label(texts.get("info.address"), "section-title"),
                        Widgets.label(e.address() == null ? "" : e.address(), "subline")),
                Widgets.card(null, Widgets.label(texts.get("info.hours"), "section-title"), hours,
                        convocation(texts)),
                Widgets.card(null, Widgets.label(texts.get("info.phone"), "section-title"),
                        Widgets.label(e.parloirPhone() == null ? "" : e.parloirPhone(), "big-figure"),
                        Widgets.label(texts.get("info.phoneHours", e.parloirPhoneHours() == null ? "" : e.parloirPhoneHours()),
                                "subline")));
    }

    private Node convocation(Texts texts) {
        Node label = Widgets.label(texts.get("info.convocation", figures.convocationMinutes()), "warning-text");
        label.setId("info-convocation");
        return label;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1);
    }

    @Override
    public boolean personal() {
        return ctx.session().active();
    }
}
