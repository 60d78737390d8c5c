package fr.borne.device.printer;

import fr.borne.device.receipt.Alignment;
import fr.borne.device.receipt.Receipt;
import fr.borne.device.receipt.TextStyle;

/** A receipt like the kiosk prints, with every French accent the printer must get right. */
public final class SampleReceipts {

    public static final String ACCENTS = "Réservé à Noël, façade où hôte : cœur 5 €, è";

    public static Receipt sample(String reference) {
        return Receipt.builder()
                .title("Parloir confirmé")
                .centered("Centre pénitentiaire")
                .separator()
                .labelValue("Date", "lundi 12 avril 2027")
                .labelValue("Heure", "14 h 00")
                .line(ACCENTS)
                .line("Présentez-vous 30 minutes avant.", TextStyle.NORMAL.withBold())
                .line("droite", TextStyle.NORMAL.aligned(Alignment.RIGHT).withUnderline())
                .separator('=')
                .code128(reference)
                .qr("https://example.invalid/r/" + reference)
                .feed(1)
                .cut()
                .build();
    }

    /** How many ESC/POS bytes a sample receipt takes on an 80 mm printer. */
    public static int size() {
        return new EscPosRenderer(PrinterProfile.paper80mm()).render(sample("PL-2027-0000")).length;
    }

    private SampleReceipts() {
    }
}
