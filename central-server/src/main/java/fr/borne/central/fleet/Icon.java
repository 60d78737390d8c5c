package fr.borne.central.fleet;

/** Small inline pictograms, so that no state is told by colour alone. Decorative: the word beside them says it. */
enum Icon {
    LIVE("<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M8 12.5l2.8 2.8L16.5 9.5\"/>"),
    ALERT("<path d=\"M12 3.5L2.5 20h19L12 3.5z\"/><path d=\"M12 10v4.5\"/><path d=\"M12 17.5v.01\"/>"),
    FAULT("<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M9 9l6 6M15 9l-6 6\"/>"),
    UNKNOWN("<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6\"/>"
            + "<path d=\"M12 17v.01\"/>"),
    NEVER("<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M8 12h8\"/>"),
    STOPPED("<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M5.6 5.6l12.8 12.8\"/>");

    private final String paths;

    Icon(String paths) {
        this.paths = paths;
    }

    String svg() {
        return "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" aria-hidden=\"true\""
                + " focusable=\"false\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\""
                + " stroke-linecap=\"round\" stroke-linejoin=\"round\">" + paths + "</svg>";
    }

    static Icon of(Tone tone) {
        return switch (tone) {
            case GOOD -> LIVE;
            case WARNING -> ALERT;
            case FAULT -> FAULT;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
