package fr.borne.kiosk.change;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingResult;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.booking.BookedScreen;
import fr.borne.kiosk.booking.Companions;
import fr.borne.kiosk.booking.RefusedScreen;
import fr.borne.kiosk.booking.VisitorPicker;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.visitor.Visitor;
import javafx.scene.Node;
import javafx.scene.control.Button;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** B3: who comes to a booked visit, changed until 48 h before; a new receipt is printed. */
public final class ChangeCompanionsScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final Booking booking;
    private final VisitorPicker picker;

    public ChangeCompanionsScreen(KioskContext ctx, Journey journey, Booking booking) {
        this.ctx = ctx;
        this.journey = journey;
        this.booking = booking;
        ctx.session().concerns(booking.detaineeId());
        Visitor self = ctx.session().requireVisitor();
        List<Visitor> current = booking.visitorIds().stream().map(ctx.directory()::visitor).flatMap(Optional::stream).toList();
        List<Visitor> candidates = new ArrayList<>(current);
        Companions.candidates(ctx, self, booking.detaineeId()).stream()
                .filter(v -> !candidates.contains(v)).forEach(candidates::add);
        this.picker = new VisitorPicker(candidates, current, Companions.maxVisitors(ctx, booking.detaineeId()), booking.date(), self.id(),
                ctx.navigator()::refresh);
    }

    @Override
    public String title(Texts texts) {
        return texts.get("change.title");
    }

    @Override
    public Node view(Texts texts) {
        Button save = Widgets.primaryAction(texts.get("change.save"), "save", this::save);
        save.setDisable(!picker.acceptable());
        return Widgets.page(
                Widgets.headline(texts.get("change.question", texts.day(booking.date()))),
                Widgets.label(texts.get("companions.rule", Companions.maxVisitors(ctx, booking.detaineeId())), "subline"),
                picker.view(texts),
                save);
    }

    private void save() {
        List<String> ids = picker.selected().stream().map(Visitor::id).toList();
        BookingResult result = ctx.bookings().changeVisitors(booking.id(), ctx.session().requireVisitor().id(), ids);
        if (result instanceof BookingResult.Done done) {
            ctx.navigator().startOver(BookedScreen.changed(ctx, journey, done.booking()));
        } else if (result instanceof BookingResult.Refused refused) {
            ctx.navigator().show(new RefusedScreen(ctx, journey, "refused.change", refused.decision()));
        }
    }
}
