package fr.borne.kiosk.receipt;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.device.receipt.Receipt;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.kiosk.i18n.FiguresInForce;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.i18n.VisitFigures;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Lays out the receipt of a booking (T1–T3): the convocation first, the round, the
 * detainee and numéro d'écrou, every visitor by name, the establishment's address, the
 * reference as text and barcode, that it is no proof and ID is required, and the
 * practical reminders. French always, for the staff at the gate; then, when the visitor
 * used another language, what they must know again in theirs (convocation, round,
 * reference, ID, reminders; no name is repeated). Arabic goes to the printer as a picture
 * of shaped, right-to-left text (see device-drivers' {@code ShapedText}).
 */
public final class ReceiptComposer {

    private static final String BUNDLE = "fr.borne.kiosk.receipt.receipt";

    private final VisitorDirectory directory;
    private final FiguresInForce figures;

    /** @param figures where the booking's figures (its convocation lead, its cut-offs) are read when it is laid out */
    public ReceiptComposer(VisitorDirectory directory, FiguresInForce figures) {
        this.directory = directory;
        this.figures = figures;
    }

    /** The French receipt alone. */
    public Receipt compose(Booking booking) {
        return compose(booking, Language.FR);
    }

    /** The French receipt, and the visitor's part in {@code language} unless that is French. */
    public Receipt compose(Booking booking, Language language) {
        RoundOccurrence first = directory.occurrence(booking.roundId(), booking.date())
                .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " names an unknown round"));
        RoundOccurrence last = booking.secondRoundId().flatMap(id -> directory.occurrence(id, booking.date())).orElse(first);
        Detainee detainee = directory.detainee(booking.detaineeId())
                .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " names an unknown detainee"));
        Establishment establishment = directory.establishment(detainee.establishmentId())
                .orElseThrow(() -> new IllegalStateException("detainee " + detainee.id() + " has no establishment"));
        String phone = establishment.parloirPhone() == null ? "" : establishment.parloirPhone();
        VisitFigures held = figures.forBooking(booking);

        Words fr = new Words(Language.FR, held);
        Receipt.Builder receipt = Receipt.builder()
                .title(fr.text("title"))
                .centered(establishment.name())
                .separator('=')
                .bold(fr.text("convocation.label"))
                .title(fr.day(first))
                .title(fr.text("convocation.value", fr.convocation(first)))
                .line(fr.text("convocation.late", held.convocationMinutes()))
                .separator()
                .labelValue(fr.text("round.label"), fr.round(first, last))
                .labelValue(fr.text("detainee.label"), detainee.displayName())
                .labelValue(fr.text("ecrou.label"), detainee.ecrou() == null ? "" : detainee.ecrou())
                .bold(fr.text("visitors.label"));
        for (String visitorId : booking.visitorIds()) {
            receipt.line("  " + directory.visitor(visitorId).map(Visitor::displayName).orElse(visitorId));
        }
        receipt.separator()
                .bold(establishment.name())
                .line(establishment.address() == null ? "" : establishment.address())
                .separator()
                .labelValue(fr.text("reference.label"), booking.reference())
                .code128(booking.reference())
                .separator()
                .bold(fr.text("notProof"))
                .bold(fr.text("idRequired"))
                .separator()
                .bold(fr.text("reminders.label"))
                .line(fr.text("reminders.linen"))
                .line(fr.text("reminders.lockers"))
                .line(fr.text("reminders.forbidden"))
                .line(fr.reminderToChange(phone));
        if (language != Language.FR) {
            visitorsPart(receipt, new Words(language, held), booking, first, last, phone);
        }
        return receipt.feed(2).cut().build();
    }

    /** What the visitor must know, again, in their language. */
    private void visitorsPart(Receipt.Builder receipt, Words words, Booking booking, RoundOccurrence first,
                              RoundOccurrence last, String phone) {
        receipt.separator('=')
                .centered(words.text("language.heading"))
                .bold(words.text("convocation.label"))
                .title(words.day(first))
                .title(words.text("convocation.value", words.convocation(first)))
                .line(words.text("convocation.late", words.figures.convocationMinutes()))
                .labelValue(words.text("round.label"), words.round(first, last))
                .labelValue(words.text("reference.label"), booking.reference())
                .bold(words.text("notProof"))
                .bold(words.text("idRequired"))
                .bold(words.text("reminders.label"))
                .line(words.text("reminders.linen"))
                .line(words.text("reminders.lockers"))
                .line(words.text("reminders.forbidden"))
                .line(words.reminderToChange(words.leftToRight(phone)));
    }

    /** The receipt's words and date formats in one language. */
    private static final class Words {
        private final Language language;
        private final VisitFigures figures;
        private final Locale locale;
        private final ResourceBundle bundle;
        private final DateTimeFormatter day;
        private final DateTimeFormatter time;
        private final boolean rtl;

        Words(Language language, VisitFigures figures) {
            this.language = language;
            this.figures = figures;
            this.locale = language.locale();
            this.rtl = language.orientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT;
            this.bundle = bundle(language);
            this.day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
            this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        }

        /** ICU patterns as on the screen: the same plurals, the same digits. */
        String text(String key, Object... args) {
            return Texts.format(language, bundle.getString(key), args);
        }

        /** B3, B4: until when the booking changes and cancels at a kiosk, its own cut-offs. */
        String reminderToChange(String phone) {
            String change = hours(figures.visitorsChangeBefore());
            String cancel = hours(figures.cancelBefore());
            return change.equals(cancel) ? text("reminders.change", phone, change)
                    : text("reminders.changeApart", phone, change, cancel);
        }

        /** "48 h" or "90 min": the receipt is short of room. */
        private String hours(Duration duration) {
            return duration.toMinutesPart() == 0 && duration.toHours() > 0
                    ? text("figure.hours", duration.toHours()) : text("figure.minutes", duration.toMinutes());
        }

        /** A phone number keeps its digits' order inside right-to-left text (an LTR embedding). */
        String leftToRight(String digits) {
            return rtl && !digits.isEmpty() ? "\u202A" + digits + "\u202C" : digits;
        }

        String day(RoundOccurrence first) {
            String s = day.format(first.date());
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
        }

        String convocation(RoundOccurrence first) {
            return time.format(first.convocation(figures.convocationLead()).atZone(first.zone()));
        }

        String round(RoundOccurrence first, RoundOccurrence last) {
            return text("round.value", time.format(first.zonedStart()), time.format(last.end().atZone(last.zone())));
        }
    }

    /** The receipt's words in one language, never another's in their place. */
    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language == Language.FR ? Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
