package fr.borne.device.printer;

/** The printer's state as a technician would describe it (UnifiedPOS RecEmpty/RecNearEnd/CoverOpen, CUSS MEDIA_*). */
public enum PrinterStatus {
    ONLINE,
    /** Still prints, but the roll should be changed soon. */
    PAPER_NEAR_END,
    PAPER_OUT,
    COVER_OPEN,
    /** Not reachable or not answering (unplugged, switched off, network down, other fault). */
    OFFLINE;

    public boolean canPrint() {
        return this == ONLINE || this == PAPER_NEAR_END;
    }
}
