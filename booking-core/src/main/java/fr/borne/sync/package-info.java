/**
 * The sync protocol's messages, shared by the sync agent and the central server: the
 * changes feed, booking commands and answers, cumulative allotment totals, the heartbeat
 * and the technicians' audit log. Records that carry optional values use plain nullable
 * fields on the wire, so the JSON stays the one described in the OpenAPI file.
 */
package fr.borne.sync;
