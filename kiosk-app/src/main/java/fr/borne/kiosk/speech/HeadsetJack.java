package fr.borne.kiosk.speech;

/** Whether a headset is plugged in, where the hardware can tell. */
public interface HeadsetJack {

    boolean plugged();
}
