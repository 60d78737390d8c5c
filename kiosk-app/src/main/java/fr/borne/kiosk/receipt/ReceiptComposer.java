package fr.borne.kiosk.receipt;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.device.receipt.Receipt;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.visitor.Visitor;
import fr.borne.visitor.VisitorDirectory;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Lays out the receipt of a booking (T1–T3): the convocation first, the round, the
 * detainee and numéro d'écrou, every visitor by name, the establishment's address, the
 * reference as text and barcode, that it is no proof and ID is required, and the
 * practical reminders. Printed in French, the language of the gate, whatever the screen's.
 */
public final class ReceiptComposer {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", FRENCH);

    private final VisitorDirectory directory;
    private final Duration convocationLead;
    private final ResourceBundle words = ResourceBundle.getBundle("fr.borne.kiosk.receipt.receipt", Locale.ROOT);

    public ReceiptComposer(VisitorDirectory directory, Duration convocationLead) {
        this.directory = directory;
        this.convocationLead = convocationLead;
    }

    public Receipt compose(Booking booking) {
        RoundOccurrence first = directory.occurrence(booking.roundId(), booking.date())
                .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " names an unknown round"));
        RoundOccurrence last = booking.secondRoundId().flatMap(id -> directory.occurrence(id, booking.date())).orElse(first);
        Detainee detainee = directory.detainee(booking.detaineeId())
                .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " names an unknown detainee"));
        Establishment establishment = directory.establishment(detainee.establishmentId())
                .orElseThrow(() -> new IllegalStateException("detainee " + detainee.id() + " has no establishment"));

        String convocation = TIME.format(first.convocation(convocationLead).atZone(first.zone()));
        String day = capitalised(DAY.format(first.date()));
        String round = text("round.value", TIME.format(first.zonedStart()), TIME.format(last.end().atZone(last.zone())));

        Receipt.Builder receipt = Receipt.builder()
                .title(text("title"))
                .centered(establishment.name())
                .separator('=')
                .bold(text("convocation.label"))
                .title(day)
                .title(text("convocation.value", convocation))
                .line(text("convocation.late"))
                .separator()
                .labelValue(text("round.label"), round)
                .labelValue(text("detainee.label"), detainee.displayName())
                .labelValue(text("ecrou.label"), detainee.ecrou() == null ? "" : detainee.ecrou())
                .bold(text("visitors.label"));
        for (String visitorId : booking.visitorIds()) {
            receipt.line("  " + directory.visitor(visitorId).map(Visitor::displayName).orElse(visitorId));
        }
        receipt.separator()
                .bold(establishment.name())
                .line(establishment.address() == null ? "" : establishment.address())
                .separator()
                .labelValue(text("reference.label"), booking.reference())
                .code128(booking.reference())
                .separator()
                .bold(text("notProof"))
                .bold(text("idRequired"))
                .separator()
                .bold(text("reminders.label"))
                .line(text("reminders.linen"))
                .line(text("reminders.lockers"))
                .line(text("reminders.forbidden"))
                .line(text("reminders.change", establishment.parloirPhone() == null ? "" : establishment.parloirPhone()))
                .feed(2)
                .cut();
        return receipt.build();
    }

    private String text(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), FRENCH).format(args);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(FRENCH) + s.substring(1);
    }
}
