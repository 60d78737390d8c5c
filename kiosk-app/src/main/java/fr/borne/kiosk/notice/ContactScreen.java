package fr.borne.kiosk.notice;

import fr.borne.booking.Booking;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.online.AgentLocal;
import fr.borne.kiosk.online.Online;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.sync.local.OnlineContact;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * T4: after a booking, the visitor may leave a mobile number or an e-mail address for
 * central's notices, typed on an on-screen keypad. Never required ("No, thank you" goes
 * home), the consent in plain words, offered once a session, never printed. The contact goes
 * to central through the agent and is kept nowhere on the kiosk: not in the replica, not in
 * this screen once it is left, not in a log.
 */
public final class ContactScreen implements Screen {

    enum Channel { SMS, EMAIL }

    enum State { TYPING, SENDING, KEPT, REFUSED, OFFLINE }

    private static final String DIGITS = "1234567890";
    private static final String LETTERS = "azertyuiopqsdfghjklmwxcvbn1234567890@.-_";

    private final KioskContext ctx;
    private final Journey journey;
    private final Booking booking;
    private Channel channel = Channel.SMS;
    private final StringBuilder typed = new StringBuilder();
    private State state = State.TYPING;

    public ContactScreen(KioskContext ctx, Journey journey, Booking booking) {
        this.ctx = ctx;
        this.journey = journey;
        this.booking = booking;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("contact.title");
    }

    @Override
    public Node view(Texts texts) {
        List<Node> parts = new ArrayList<>();
        parts.add(Widgets.headline(texts.get("contact.headline")));
        Label consent = Widgets.label(texts.get("contact.consent"), "note");
        consent.setMinWidth(0);
        consent.setMaxWidth(1700);
        consent.setId("contact-consent");
        parts.add(consent);
        if (state != State.TYPING && state != State.SENDING) {
            Label outcome = Widgets.label(texts.get(switch (state) {
                case KEPT -> "contact.kept";
                case REFUSED -> "contact.refused";
                default -> "contact.offline";
            }), state == State.KEPT ? "subline" : "warning-text");
            outcome.setId("contact-outcome");
            parts.add(outcome);
            if (state == State.REFUSED) {
                state = State.TYPING;
            } else {
                parts.add(Widgets.primaryAction(texts.get("nav.myVisits"), "home", this::leave));
                return Widgets.page(parts.toArray(Node[]::new));
            }
        }
        Button sms = Widgets.button(texts.get("contact.sms"), "contact-sms", () -> choose(Channel.SMS),
                channel == Channel.SMS ? new String[] {"primary"} : new String[0]);
        Button mail = Widgets.button(texts.get("contact.email"), "contact-email", () -> choose(Channel.EMAIL),
                channel == Channel.EMAIL ? new String[] {"primary"} : new String[0]);
        HBox channels = new HBox(16, sms, mail);
        channels.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        parts.add(channels);

        Label shown = Widgets.label(typed.isEmpty() ? texts.get(channel == Channel.SMS ? "contact.typePhone"
                : "contact.typeEmail") : typed.toString(), "big-figure");
        shown.setId("contact-typed");
        // a number or an address reads left to right in every language
        shown.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        parts.add(shown);

        FlowPane keys = new FlowPane(10, 10);
        keys.setId("contact-keypad");
        keys.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        keys.setPrefWrapLength(1400);
        keys.setMinWidth(0);
        String alphabet = channel == Channel.SMS ? DIGITS : LETTERS;
        for (char c : alphabet.toCharArray()) {
            String key = String.valueOf(c);
            keys.getChildren().add(Widgets.button(key, "key-" + keyId(c), () -> type(key)));
        }
        if (channel == Channel.SMS) {
            keys.getChildren().add(Widgets.button("+", "key-plus", () -> type("+")));
        }
        keys.getChildren().add(Widgets.button(texts.get("contact.erase"), "key-erase", this::erase));
        parts.add(keys);

        Button send = Widgets.primary(texts.get(state == State.SENDING ? "contact.sending" : "contact.send"),
                "contact-send", this::send);
        send.setDisable(typed.isEmpty() || state == State.SENDING);
        Button no = Widgets.button(texts.get("contact.noThanks"), "contact-no", this::leave);
        // the keypad scrolls; sending and declining stay in the action bar, in sight
        parts.add(Widgets.action(no));
        parts.add(Widgets.action(send));
        return Widgets.page(parts.toArray(Node[]::new));
    }

    private static String keyId(char c) {
        return switch (c) {
            case '@' -> "at";
            case '.' -> "dot";
            case '-' -> "dash";
            case '_' -> "underscore";
            default -> String.valueOf(c);
        };
    }

    private void choose(Channel chosen) {
        if (chosen != channel) {
            channel = chosen;
            typed.setLength(0);
        }
        ctx.navigator().refresh();
    }

    private void type(String key) {
        if (typed.length() < 100) {
            typed.append(key);
        }
        ctx.navigator().refresh();
    }

    private void erase() {
        if (!typed.isEmpty()) {
            typed.setLength(typed.length() - 1);
        }
        ctx.navigator().refresh();
    }

    private void leave() {
        typed.setLength(0);
        journey.home();
    }

    private void send() {
        if (ctx.agent().isEmpty() || typed.isEmpty()) {
            return;
        }
        AgentLocal agent = ctx.agent().get();
        OnlineContact contact = new OnlineContact(ctx.session().requireVisitor().id(), booking.id(), channel.name(),
                typed.toString(), ctx.texts().language().locale().getLanguage().toLowerCase(Locale.ROOT));
        state = State.SENDING;
        ctx.navigator().refresh();
        CompletableFuture.supplyAsync(() -> agent.leaveContact(contact), ctx.online())
                .exceptionally(fault -> new Online.Offline<>())
                .thenAccept(answer -> Platform.runLater(() -> answered(answer)));
    }

    private void answered(Online<Void> answer) {
        if (answer instanceof Online.Answered<Void>) {
            state = State.KEPT;
            typed.setLength(0);
        } else if (answer instanceof Online.Failed<Void>) {
            state = State.REFUSED;
        } else {
            state = State.OFFLINE;
            typed.setLength(0);
        }
        if (ctx.navigator().current() == this) {
            ctx.navigator().refresh();
        }
    }
}
