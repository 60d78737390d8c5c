package fr.borne.device;

/** Where a device stands in the UnifiedPOS lifecycle: opened, claimed (hardware held), enabled (events flowing). */
public enum DeviceState {
    CLOSED,
    OPENED,
    CLAIMED,
    ENABLED
}
