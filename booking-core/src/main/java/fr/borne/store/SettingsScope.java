package fr.borne.store;

/** What a stored settings override applies to (SettingsSource's layers). */
public enum SettingsScope {
    ESTABLISHMENT,
    ROUND,
    DETAINEE
}
