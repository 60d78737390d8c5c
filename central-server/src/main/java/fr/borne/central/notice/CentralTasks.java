package fr.borne.central.notice;

import fr.borne.central.CentralServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What central does by itself, a tick at a time: movements whose date has come (B14), the
 * notices due, and the contacts of visitors with no booked visit left. A failure is logged
 * and the next tick tries again.
 */
public final class CentralTasks implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralTasks.class);

    private final CentralServices services;
    private final Optional<NoticeSender> sender;

    public CentralTasks(CentralServices services, Optional<NoticeSender> sender) {
        this.services = services;
        this.sender = sender;
    }

    @Override
    public void run() {
        try {
            services.database().write(c -> services.movements().applyDue(c, services.clock().instant()));
            sender.ifPresent(NoticeSender::drain);
            LocalDate today = LocalDate.ofInstant(services.clock().instant(), ZoneId.of("Europe/Paris"));
            services.database().write(c -> services.notices().contacts().purgeFinished(c, today, services.clock().instant()));
        } catch (RuntimeException e) {
            LOG.error("central's periodic tasks failed; trying again at the next tick", e);
        }
    }
}
