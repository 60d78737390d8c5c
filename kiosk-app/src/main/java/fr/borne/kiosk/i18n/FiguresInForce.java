package fr.borne.kiosk.i18n;

import fr.borne.booking.Booking;
import fr.borne.detainee.Detainee;
import fr.borne.settings.SettingsSource;
import fr.borne.visitor.VisitorDirectory;

import java.util.Objects;

/**
 * The one place screens, refusals and receipts take their figures from: the layered
 * settings (national, establishment, round, detainee) read when the words are shown, so a
 * round or detainee override reaches every screen and the receipt alike, and a change made
 * by the sync agent shows at the next screen without a restart.
 */
public final class FiguresInForce {

    private final SettingsSource settings;
    private final VisitorDirectory directory;
    private final String hereId;

    /**
     * @param settings  the layered settings, read at each call
     * @param directory where a detainee's establishment is found (one held elsewhere has its own settings)
     * @param hereId    the establishment this kiosk serves
     */
    public FiguresInForce(SettingsSource settings, VisitorDirectory directory, String hereId) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.hereId = Objects.requireNonNull(hereId, "hereId");
    }

    /** This establishment's figures: for words that concern no detainee yet (help, information). */
    public VisitFigures here() {
        return VisitFigures.of(settings.forEstablishment(hereId));
    }

    /** The figures for any visit to this detainee: their establishment's, under the detainee's own overrides. */
    public VisitFigures forDetainee(String detaineeId) {
        return forRound(detaineeId, null);
    }

    /** The same, for a detainee whose establishment is already known: no look-up in the directory. */
    public VisitFigures forDetainee(String establishmentId, String detaineeId) {
        return VisitFigures.of(settings.forBooking(establishmentId, null, detaineeId));
    }

    /** The same, in this round of a detainee whose establishment is already known: no look-up in the directory. */
    public VisitFigures forRound(String establishmentId, String detaineeId, String roundId) {
        return VisitFigures.of(settings.forBooking(establishmentId, roundId, detaineeId));
    }

    /** The figures for a visit to this detainee in this round: the round's overrides, then the detainee's. */
    public VisitFigures forRound(String detaineeId, String roundId) {
        return VisitFigures.of(settings.forBooking(establishmentOf(detaineeId), roundId, detaineeId));
    }

    /** The figures a booking is held to, its convocation lead first (T1). */
    public VisitFigures forBooking(Booking booking) {
        return forRound(booking.detaineeId(), booking.roundId());
    }

    private String establishmentOf(String detaineeId) {
        return directory.detainee(detaineeId).map(Detainee::establishmentId).orElse(hereId);
    }
}
