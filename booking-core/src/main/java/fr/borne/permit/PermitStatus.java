package fr.borne.permit;

/** P3: a suspended or withdrawn permit books nothing. */
public enum PermitStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
