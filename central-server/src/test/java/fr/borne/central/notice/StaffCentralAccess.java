package fr.borne.central.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fr.borne.booking.BookingStatus;
import fr.borne.central.CentralServices;
import fr.borne.store.Database;
import fr.borne.testsupport.TestClock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@link StaffCentral} for tests of other packages. */
public final class StaffCentralAccess implements AutoCloseable {

    private final StaffCentral central;
    private boolean closed;

    public StaffCentralAccess(Path dir) {
        central = new StaffCentral(dir);
    }

    public record Answer(int status, String contentType, String body, String visitorSession) {
    }

    public Answer call(String caller, String method, String path, Object body, String... headers) {
        StaffCentral.Answer answer = central.call(caller, method, path, body, headers);
        return new Answer(answer.status(), answer.contentType(), answer.body(), answer.visitorSession());
    }

    public JsonNode tree(Answer answer) {
        return central.tree(new StaffCentral.Answer(answer.status(), answer.contentType(), answer.body(), answer.visitorSession()));
    }

    public UUID book(String kiosk, String visitor, String detainee, String roundId, LocalDate date, String... session) {
        return central.book(kiosk, visitor, detainee, roundId, date, session);
    }

    public BookingStatus status(UUID booking) {
        return central.status(booking);
    }

    public int confirmedSeats(String roundId, LocalDate date) {
        return central.confirmedSeats(roundId, date);
    }

    public List<String> feedBodies(String scope, String kind) {
        return central.feedBodies(scope, kind);
    }

    public Database database() {
        return central.database;
    }

    public CentralServices services() {
        return central.services;
    }

    public TestClock clock() {
        return central.clock;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            central.close();
        }
    }
}
