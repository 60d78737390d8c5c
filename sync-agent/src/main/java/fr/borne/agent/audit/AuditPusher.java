package fr.borne.agent.audit;

import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.sync.AuditBatch;
import fr.borne.sync.AuditReceipt;
import fr.borne.sync.AuditRecord;
import fr.borne.technician.AuditEntry;
import fr.borne.technician.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Delivers the technicians' audit log to central, oldest entries first, in batches. An
 * entry is marked delivered only once central has answered for its batch; a batch whose
 * answer was lost is sent again, and central keeps each entry once.
 */
public final class AuditPusher {

    private static final Logger LOG = LoggerFactory.getLogger(AuditPusher.class);
    static final int BATCH = 100;

    private final AuditLog log;
    private final CentralClient central;

    public AuditPusher(AuditLog log, CentralClient central) {
        this.log = log;
        this.central = central;
    }

    /** Sends every entry not delivered yet; false when central did not take them (they wait for the next pass). */
    public boolean push() {
        while (true) {
            List<AuditEntry> entries = log.toPush(BATCH);
            if (entries.isEmpty()) {
                return true;
            }
            Outcome<AuditReceipt> outcome = central.audit(new AuditBatch(entries.stream().map(AuditPusher::record)
                    .toList()));
            if (outcome instanceof Outcome.Rejected<AuditReceipt> rejected) {
                LOG.warn("central refused {} audit entries from {}: {} {}", entries.size(), entries.get(0).id(),
                        rejected.problem().code(), rejected.problem().message());
                return false;
            }
            if (!(outcome instanceof Outcome.Answered<AuditReceipt>)) {
                return false;
            }
            log.markPushed(entries.stream().map(AuditEntry::id).toList());
            if (entries.size() < BATCH) {
                return true;
            }
        }
    }

    private static AuditRecord record(AuditEntry entry) {
        return new AuditRecord(entry.id(), entry.technicianId(), entry.action().name(), entry.detail(), entry.at());
    }
}
