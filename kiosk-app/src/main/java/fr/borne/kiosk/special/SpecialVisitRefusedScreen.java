package fr.borne.kiosk.special;

import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.VisitType;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitStatus;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * B9's refusal ({@link Reason#SPECIAL_VISIT_NOT_AT_KIOSK}) in the visitor's language, with what
 * to do: the parloir service of each establishment where the visitor's detainees are held,
 * its phone line and hours, and the address to write to. The establishment's public details
 * come from its record on the replica (name, address, phone line, hours).
 */
public final class SpecialVisitRefusedScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final VisitType type;
    private final Refusal refusal = Refusal.of(Reason.SPECIAL_VISIT_NOT_AT_KIOSK);

    public SpecialVisitRefusedScreen(KioskContext ctx, Journey journey, VisitType type) {
        this.ctx = ctx;
        this.journey = journey;
        this.type = type;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("special.title");
    }

    /** The establishments to call: where the visitor's detainees are held, else this kiosk's. */
    List<Establishment> establishments() {
        Map<String, Establishment> found = new LinkedHashMap<>();
        ctx.session().visitor().ifPresent(visitor -> {
            for (Permit permit : ctx.directory().permitsOf(visitor.id())) {
                if (permit.status() == PermitStatus.WITHDRAWN) {
                    continue;
                }
                Optional<Detainee> detainee = ctx.directory().detainee(permit.detaineeId());
                detainee.flatMap(d -> ctx.directory().establishment(d.establishmentId()))
                        .ifPresent(e -> found.putIfAbsent(e.id(), e));
            }
        });
        if (found.isEmpty()) {
            found.put(ctx.establishment().id(), ctx.establishment());
        }
        return List.copyOf(found.values());
    }

    @Override
    public Node view(Texts texts) {
        List<Node> lines = new ArrayList<>();
        Label headline = Widgets.headline(texts.get("special.refused.headline", texts.get(SpecialVisitScreen.key(type))));
        headline.setId("special-refused");
        headline.getStyleClass().add("refusal");
        headline.setUserData(refusal.reason());
        lines.add(headline);
        for (Establishment where : establishments()) {
            lines.add(Widgets.label(texts.get("special.refused.how", where.name()), "subline"));
            Label phone = Widgets.label(texts.get("special.refused.phone", where.parloirPhone(),
                    where.parloirPhoneHours()), "warning-text");
            phone.setId("special-phone-" + where.id());
            lines.add(phone);
            if (where.address() != null && !where.address().isBlank()) {
                lines.add(Widgets.label(texts.get("special.refused.write", where.name(), where.address()), "subline"));
            }
        }
        return Widgets.page(Widgets.card("alert", lines.toArray(Node[]::new)),
                Widgets.primaryAction(texts.get("nav.myVisits"), "home", journey::home));
    }
}
