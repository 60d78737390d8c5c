package fr.borne.central.http;

import fr.borne.central.movement.Movement;
import fr.borne.central.movement.MovementOutcome;
import fr.borne.sync.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * B14, the staff's calls (admin credential, checked by the {@code /v1/admin/*} guard): a
 * detainee transferred to another establishment or released, from a date.
 */
final class MovementRoutes {

    /** What staff send: the establishment (for a transfer) and the first day the detainee is no longer held here. */
    record TransferBody(String toEstablishmentId, LocalDate date) {
    }

    record ReleaseBody(LocalDate date) {
    }

    /** The answer: the bookings cancelled, and whether the detainee moved already (else on the date). */
    record MovementAnswer(String detaineeId, String kind, LocalDate date, List<UUID> cancelledBookings,
                          boolean inEffect) {
    }

    private final AdminCalls admin;
    private final Bodies bodies;

    MovementRoutes(AdminCalls admin, Bodies bodies) {
        this.admin = admin;
        this.bodies = bodies;
    }

    void register(Javalin app) {
        app.post("/v1/admin/detainees/{id}/transfer", ctx -> {
            TransferBody body = bodies.read(ctx, TransferBody.class);
            if (body.toEstablishmentId() == null || body.toEstablishmentId().isBlank() || body.date() == null) {
                throw new CentralServer.BadRequest("a transfer names toEstablishmentId and date");
            }
            answer(ctx, Movement.transfer(ctx.pathParam("id"), body.toEstablishmentId(), body.date()));
        });
        app.post("/v1/admin/detainees/{id}/release", ctx -> {
            ReleaseBody body = bodies.read(ctx, ReleaseBody.class);
            if (body.date() == null) {
                throw new CentralServer.BadRequest("a release names its date");
            }
            answer(ctx, Movement.release(ctx.pathParam("id"), body.date()));
        });
    }

    private void answer(Context ctx, Movement movement) {
        MovementOutcome outcome = admin.move(movement);
        if (outcome.refusal().isPresent()) {
            switch (outcome.refusal().get()) {
                case UNKNOWN_DETAINEE -> throw new CentralServer.NotFound(Problem.UNKNOWN_DETAINEE,
                        "no detainee " + movement.detaineeId());
                case UNKNOWN_ESTABLISHMENT -> throw new CentralServer.NotFound(Problem.BAD_TRANSFER,
                        "no establishment " + movement.toEstablishmentId().orElse(""));
                case SAME_ESTABLISHMENT -> {
                    CentralServer.problem(ctx, 422, Problem.BAD_TRANSFER,
                            "the detainee is held at " + movement.toEstablishmentId().orElse("") + " already");
                    return;
                }
                default -> throw new IllegalStateException("unhandled refusal");
            }
        }
        ctx.json(new MovementAnswer(movement.detaineeId(), movement.kind().name(), movement.effectiveDate(),
                outcome.cancelled(), outcome.appliedNow()));
    }
}
