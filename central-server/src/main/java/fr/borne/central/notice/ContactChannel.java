package fr.borne.central.notice;

/** How a visitor chose to be told (T4). */
public enum ContactChannel {
    SMS,
    EMAIL
}
