package fr.borne.technician;

/** A PIN as stored: PBKDF2-HMAC-SHA256 of the PIN with its own salt, both in hex, and the iteration count used. */
public record PinHash(String hash, String salt, int iterations) {
}
