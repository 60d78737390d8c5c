/**
 * What the kiosk app and its sync agent say to each other over the agent's loopback API
 * ({@code openapi/agent-local-v1.yaml} in the sync agent), for the few questions that must
 * be online: a booking from central's pool when no seat of this kiosk's allotment is left,
 * and a visitor of another establishment (RULES.md B11). Central answers the same records
 * on its {@code /v1/remote} calls and the agent relays them unchanged. Plain records, ready
 * for Jackson ({@link fr.borne.sync.SyncJson#mapper()}); absent values are nulls on the wire.
 * Nothing here speaks HTTP.
 */
package fr.borne.sync.local;
