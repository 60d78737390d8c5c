package fr.borne.kiosk.change;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingResult;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.booking.BookedScreen;
import fr.borne.kiosk.booking.BookingFacts;
import fr.borne.kiosk.booking.CompanionsModel;
import fr.borne.kiosk.booking.RefusedScreen;
import fr.borne.kiosk.booking.VisitorPicker;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.visitor.Visitor;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import java.util.List;
import java.util.Optional;

/** B3: who comes to a booked visit, changed until 48 h before; a new receipt is printed. */
public final class ChangeCompanionsScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final Booking booking;
    private final CompanionsModel model;
    private VisitorPicker picker;
    private Node view;
    private Button save;
    private Label question;
    private Label rule;

    private ChangeCompanionsScreen(KioskContext ctx, Journey journey, Booking booking, CompanionsModel model) {
        this.ctx = ctx;
        this.journey = journey;
        this.booking = booking;
        this.model = model;
    }

    /** Reads who may come off the screen's thread, then shows the screen. */
    public static void open(KioskContext ctx, Journey journey, Booking booking) {
        ctx.session().concerns(booking.detaineeId());
        Visitor self = ctx.session().requireVisitor();
        ctx.waiting().ask(() -> CompanionsModel.forBooking(ctx, self, booking),
                model -> ctx.navigator().show(new ChangeCompanionsScreen(ctx, journey, booking, model)));
    }

    @Override
    public String title(Texts texts) {
        return texts.get("change.title");
    }

    @Override
    public Node view(Texts texts) {
        if (view == null) {
            picker = new VisitorPicker(model, texts);
            save = Widgets.primaryAction("", "save", this::save);
            question = Widgets.headline("");
            rule = Widgets.label("", "subline");
            save.setDisable(!model.acceptable());
            model.selected().addListener((ListChangeListener<Object>) c -> save.setDisable(!model.acceptable()));
            view = Widgets.page(question, rule, picker.view(), save);
        }
        picker.render(texts);
        question.setText(texts.get("change.question", texts.day(booking.date())));
        rule.setText(texts.get("companions.rule", model.max()));
        save.setText(texts.get("change.save"));
        return view;
    }

    private void save() {
        List<String> ids = model.selected().stream().map(Visitor::id).toList();
        String actor = ctx.session().requireVisitor().id();
        ctx.waiting().act(() -> {
            BookingResult result = ctx.bookings().changeVisitors(booking.id(), actor, ids);
            Optional<BookingFacts> facts = result instanceof BookingResult.Done done
                    ? BookingFacts.of(done.booking(), ctx.directory(), ctx.figures()) : Optional.empty();
            return new Changed(result, facts);
        }, this::changed, () -> { });
    }

    private void changed(Changed changed) {
        if (!ctx.session().active()) {
            return;
        }
        ctx.waiting().forget();
        if (changed.result() instanceof BookingResult.Done done) {
            ctx.navigator().startOver(BookedScreen.changed(ctx, journey, done.booking(), changed.facts()));
        } else if (changed.result() instanceof BookingResult.Refused refused) {
            RefusedScreen.open(ctx, journey, "refused.change", refused.decision(), Optional.of(booking.roundId()),
                    ctx.navigator()::show);
        }
    }

    private record Changed(BookingResult result, Optional<BookingFacts> facts) {
    }
}
