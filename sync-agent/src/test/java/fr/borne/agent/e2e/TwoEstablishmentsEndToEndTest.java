package fr.borne.agent.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.client.ClientTls;
import fr.borne.agent.push.Withdrawals;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.HoldResult;
import fr.borne.booking.Reason;
import fr.borne.booking.RuleId;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.http.CentralServer;
import fr.borne.demo.Timetables;
import fr.borne.detainee.Detainee;
import fr.borne.detainee.PenalCategory;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.store.SqliteBookingService;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.Change;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.SyncJson;
import fr.borne.sync.LocalAllotments;
import fr.borne.sync.Problem;
import fr.borne.sync.local.AgentStatus;
import fr.borne.sync.local.BadgeState;
import fr.borne.sync.local.CentralUnreachable;
import fr.borne.sync.local.OnlineBooking;
import fr.borne.sync.local.OnlineCancel;
import fr.borne.sync.local.OnlineChange;
import fr.borne.sync.local.RemoteAvailability;
import fr.borne.sync.local.RemoteDay;
import fr.borne.sync.local.RemotePermit;
import fr.borne.sync.local.RemoteRound;
import fr.borne.sync.local.RemoteVisitor;
import fr.borne.testsupport.TestClock;
import fr.borne.visitor.Badge;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B11 end to end on loopback, with the real central server over mutual TLS and three
 * agents: a Rouen kiosk holding one seat per round in escrow, a Dijon kiosk where a Rouen
 * family scans its badge, and a Rouen kiosk holding no seat at all. The kiosk app's side
 * is played through each agent's loopback API, as the kiosk app will.
 */
class TwoEstablishmentsEndToEndTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A name no demo data uses, searched for in Dijon's files and in every log line. */
    private static final String RARE_FIRST = "Zéphyrine";
    private static final String RARE_LAST = "Quasimodo-Brankowska";
    private static final String RARE_BADGE = "RARE-7731";
    private static final String RARE = "v-test-0417";
    private static final String LOCAL = "v-test-0418";
    private static final String SENTENCED = "d-test-x";
    private static final String OTHER = "d-test-y";
    private static final String THIRD = "d-test-z";

    @TempDir
    Path dir;

    private final TestCertificates certificates = new TestCertificates();
    private TestClock clock;
    private Database centralDb;
    private CentralServer server;
    private LocalDate day;
    private String morning;
    private String noon;
    private String afternoon;
    private Kiosk rouen;
    private Kiosk dijon;
    private Kiosk rouenWithoutSeats;
    private final List<Kiosk> kiosks = new ArrayList<>();
    private ListAppender<ILoggingEvent> logs;
    private Level previousLevel;

    private final class Kiosk {
        final String id;
        final String establishment;
        final FaultyProxy proxy;
        final AgentAssembly assembly;
        final SqliteBookingService service;
        final LocalApiClient api;

        Kiosk(String id, String establishment, int allotment, int centralPort) throws IOException {
            this.id = id;
            this.establishment = establishment;
            this.proxy = new FaultyProxy(centralPort);
            ClientSettings settings = ClientSettings.defaults("https://localhost:" + proxy.port(), id,
                            Optional.of(new ClientTls(certificates.issue(id), certificates.authority().certificate())))
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3))
                    .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(30));
            this.assembly = new AgentAssembly(new AgentConfig(dir.resolve(id + ".db"), settings, id, establishment,
                    allotment, 500, SyncAgent.Periods.defaults()).withLocalApi(0, Duration.ofSeconds(2)), clock);
            this.service = new SqliteBookingService(assembly.database(), establishment, clock,
                    new AllotmentSeatPolicy(new LocalAllotments()));
            this.api = new LocalApiClient(assembly.startLocalApi().orElseThrow(), assembly.database().file());
            kiosks.add(this);
        }

        void sync() {
            assembly.agent().syncOnce();
        }

        Database db() {
            return assembly.database();
        }
    }

    @BeforeEach
    void start() throws IOException {
        clock = TestClock.at(Instant.now());
        startCapturingLogs();
        centralDb = CentralDatabase.open(dir.resolve("central.db"));
        CentralServices central = CentralServices.create(centralDb, clock);
        DemoLoader.load(central);
        day = LocalDate.now(PARIS).plusDays(7);
        List<Change> testData = testData();
        centralDb.write(c -> {
            central.kiosks().register(c, "rouen-1", Timetables.ROUEN);
            central.kiosks().register(c, "dijon-1", Timetables.DIJON);
            central.kiosks().register(c, "rouen-2", Timetables.ROUEN);
            central.publisher().publish(c, testData, clock.instant());
            return null;
        });
        server = new CentralServer(central, Optional.of(certificates.serverTls()), Set.of("admin"));
        int port = server.start("127.0.0.1", 0);
        rouen = new Kiosk("rouen-1", Timetables.ROUEN, 1, port);
        dijon = new Kiosk("dijon-1", Timetables.DIJON, 2, port);
        rouenWithoutSeats = new Kiosk("rouen-2", Timetables.ROUEN, 0, port);
        for (int pass = 0; pass < 2; pass++) {
            kiosks.forEach(Kiosk::sync);
        }
    }

    @AfterEach
    void stop() throws IOException {
        for (Kiosk kiosk : kiosks) {
            kiosk.assembly.close();
            kiosk.proxy.close();
        }
        server.close();
        centralDb.close();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        ((Logger) LoggerFactory.getLogger("fr.borne")).setLevel(previousLevel);
    }

    /**
     * Three Rouen rounds a week ahead (capacity 2, 5, 5), a sentenced detainee (2 visits a
     * week, B7) and two others, the Rouen visitor with the rare name and a local one.
     */
    private List<Change> testData() {
        morning = "rouen-test-0900";
        noon = "rouen-test-1300";
        afternoon = "rouen-test-1600";
        List<Change> changes = new ArrayList<>();
        changes.add(new Change.RoundChanged(round(morning, "09:00", 2)));
        changes.add(new Change.RoundChanged(round(noon, "13:00", 5)));
        changes.add(new Change.RoundChanged(round(afternoon, "16:00", 5)));
        changes.add(new Change.DetaineeChanged(detainee(SENTENCED, PenalCategory.SENTENCED)));
        changes.add(new Change.DetaineeChanged(detainee(OTHER, PenalCategory.UNTRIED)));
        changes.add(new Change.DetaineeChanged(detainee(THIRD, PenalCategory.UNTRIED)));
        changes.add(new Change.VisitorChanged(new Visitor(RARE, RARE_FIRST, RARE_LAST, LocalDate.of(1979, 2, 28))));
        changes.add(new Change.VisitorChanged(new Visitor(LOCAL, "Paul", "Durand", LocalDate.of(1975, 6, 1))));
        changes.add(new Change.BadgeChanged(new Badge(BadgeCode.hash(RARE_BADGE), RARE, false)));
        changes.add(new Change.BadgeChanged(new Badge(BadgeCode.hash("LOCAL-0418"), LOCAL, false)));
        changes.add(permit(RARE, SENTENCED));
        changes.add(permit(RARE, THIRD));
        changes.add(permit(LOCAL, SENTENCED));
        changes.add(permit(LOCAL, OTHER));
        return changes;
    }

    private Round round(String id, String start, int capacity) {
        return new Round(id, Timetables.ROUEN, day.getDayOfWeek(), LocalTime.parse(start), Duration.ofMinutes(60),
                capacity);
    }

    private static Detainee detainee(String id, PenalCategory category) {
        return new Detainee(id, Timetables.ROUEN, "Test", "Détenu " + id, "T" + id.hashCode(), category, false, false);
    }

    private static Change permit(String visitorId, String detaineeId) {
        return new Change.PermitChanged(new Permit("p-" + visitorId + "-" + detaineeId, visitorId, detaineeId,
                PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, false, false));
    }

    @Test
    void B11_a_Rouen_visitor_books_a_Rouen_round_at_Dijon_and_Rouen_sees_it_after_its_next_sync() {
        RemoteVisitor found = dijon.api.get("/local/v1/remote/badges/" + BadgeCode.hash(RARE_BADGE))
                .as(RemoteVisitor.class);
        assertThat(found.badge()).isEqualTo(BadgeState.KNOWN);
        assertThat(found.visitor().lastName()).isEqualTo(RARE_LAST);
        assertThat(found.permits()).extracting(p -> p.detainee().id()).containsExactlyInAnyOrder(SENTENCED, THIRD);
        RemotePermit permit = found.permits().stream().filter(p -> p.detainee().id().equals(SENTENCED)).findFirst()
                .orElseThrow();
        assertThat(permit.establishment().address()).isEqualTo(Timetables.rouen().address());
        assertThat(permit.establishment().parloirPhone()).isEqualTo(Timetables.rouen().parloirPhone());
        assertThat(permit.companions()).extracting(Visitor::id).containsExactly(LOCAL);

        RemoteAvailability availability = dijon.api.get("/local/v1/remote/availability?visitor=" + RARE
                + "&detainee=" + SENTENCED).as(RemoteAvailability.class);
        assertThat(availability.establishment().id()).isEqualTo(Timetables.ROUEN);
        RemoteRound offered = roundOf(availability, morning);
        assertThat(offered.refusals()).as("refusals of the offered round").isEmpty();
        assertThat(offered.seatsLeft()).as("capacity 2, one seat in the Rouen kiosk's escrow").isEqualTo(1);
        assertThat(offered.convocation()).isEqualTo(offered.start().minus(Duration.ofMinutes(30)));

        OnlineBooking request = booking(RARE, SENTENCED, morning);
        LocalApiClient.Reply first = dijon.api.send("POST", "/local/v1/bookings", request);
        BookingAnswer booked = first.as(BookingAnswer.class);
        assertThat(booked.accepted()).isTrue();
        assertThat(booked.booking().reference()).isEqualTo(request.reference());
        assertThat(dijon.api.send("POST", "/local/v1/bookings", request).body())
                .as("a retry gets the first answer").isEqualTo(first.body());
        assertThat(bookingStatus(dijon.db(), request.bookingId())).as("never written at Dijon").isEmpty();
        assertThat(bookingStatus(rouen.db(), request.bookingId())).as("Rouen before its sync").isEmpty();

        rouen.sync();
        assertThat(bookingStatus(rouen.db(), request.bookingId())).contains("CONFIRMED");

        // B5 across both: Rouen confirms on its escrowed seat, Dijon then finds the round full.
        assertThat(bookLocally(rouen, LOCAL, OTHER, morning)).isInstanceOf(BookingResult.Done.class);
        rouen.sync();
        BookingAnswer full = dijon.api.send("POST", "/local/v1/bookings", booking(RARE, THIRD, morning))
                .as(BookingAnswer.class);
        assertThat(full.accepted()).isFalse();
        assertThat(full.refusals()).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo(Reason.FULL);
            assertThat(r.rule()).isEqualTo(RuleId.B5);
        });

        // B7 across both: the sentenced detainee's second visit of the week is made at Rouen,
        // the third is refused at Dijon and at Rouen alike.
        assertThat(bookLocally(rouen, LOCAL, SENTENCED, noon)).isInstanceOf(BookingResult.Done.class);
        rouen.sync();
        BookingAnswer quota = dijon.api.send("POST", "/local/v1/bookings", booking(RARE, SENTENCED, afternoon))
                .as(BookingAnswer.class);
        assertThat(quota.refusals()).extracting(r -> r.reason()).contains(Reason.WEEKLY_QUOTA_REACHED);
        assertThat(bookLocally(rouen, LOCAL, SENTENCED, afternoon)).isInstanceOfSatisfying(BookingResult.Refused.class,
                refused -> assertThat(refused.decision().reasons()).contains(Reason.WEEKLY_QUOTA_REACHED));

        assertThat(confirmedAtCentral(morning)).as("round at capacity, not over").isEqualTo(2);
        assertThat(count(centralDb, "SELECT count(*) FROM booking WHERE detainee_id = ? AND status = 'CONFIRMED'",
                SENTENCED))
                .isEqualTo(2);
        kiosks.forEach(Kiosk::sync);
        assertThat(bookingsOfRouen(rouen.db())).containsExactlyElementsOf(bookingsOfRouen(centralDb));
    }

    @Test
    void B11_B10_offline_at_Dijon_the_remote_path_answers_unreachable_and_a_Dijon_visitor_still_books() {
        dijon.proxy.mode(FaultyProxy.Mode.DOWN);

        LocalApiClient.Reply lookup = dijon.api.get("/local/v1/remote/badges/" + BadgeCode.hash(RARE_BADGE));
        assertThat(lookup.status()).isEqualTo(503);
        CentralUnreachable why = lookup.as(CentralUnreachable.class);
        assertThat(why.code()).isEqualTo(CentralUnreachable.CODE);
        assertThat(why.reason()).isEqualTo(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
        assertThat(why.rule()).isEqualTo(RuleId.B11);

        OnlineBooking request = booking(RARE, SENTENCED, morning);
        LocalApiClient.Reply booking = dijon.api.send("POST", "/local/v1/bookings", request);
        assertThat(booking.status()).isEqualTo(503);
        assertThat(booking.as(CentralUnreachable.class).reason()).isEqualTo(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
        assertThat(count(centralDb, "SELECT count(*) FROM booking WHERE id = ?", request.bookingId()))
                .as("nothing booked behind the visitor's back").isZero();
        assertThat(dijon.api.get("/local/v1/status").as(AgentStatus.class).centralReachable()).isFalse();

        LocalDate dijonDay = nextDayWithRounds(Timetables.dijonRounds());
        String dijonRound = Timetables.dijonRounds().stream().filter(r -> r.day() == dijonDay.getDayOfWeek())
                .findFirst().orElseThrow().id();
        BookingResult local = dijon.service.confirm(null, new BookingRequest("v-1013", "d-2007",
                dijonRound, dijonDay, List.of("v-1013"), false, Channel.KIOSK));
        assertThat(local).as("a Dijon visitor books on the Dijon kiosk's escrow while offline")
                .isInstanceOf(BookingResult.Done.class);

        dijon.proxy.mode(FaultyProxy.Mode.UP);
        dijon.sync();
        UUID id = ((BookingResult.Done) local).booking().id();
        assertThat(count(centralDb, "SELECT count(*) FROM booking WHERE id = ? AND status = 'CONFIRMED'", id))
                .isEqualTo(1);
        AgentStatus status = dijon.api.get("/local/v1/status").as(AgentStatus.class);
        assertThat(status.centralReachable()).isTrue();
        assertThat(status.lastPull()).isNotNull();
        assertThat(status.lastPush()).isNotNull();
        assertThat(status.outboxPending()).isZero();
    }

    @Test
    void B11_when_the_visitor_leaves_the_kiosk_the_agent_has_central_close_the_session_which_then_books_nothing()
            throws IOException {
        assertThat(dijon.api.get("/local/v1/remote/badges/" + BadgeCode.hash(RARE_BADGE)).status()).isEqualTo(200);
        String session = centralDb.read(c -> Sql.one(c, "SELECT id FROM central_visitor_session WHERE kiosk_id = ?",
                row -> row.getString("id"), "dijon-1")).orElseThrow();
        okhttp3.OkHttpClient asDijon = certificates.client(certificates.issue("dijon-1"));
        assertThat(bookAtCentral(asDijon, session, booking(RARE, SENTENCED, morning)))
                .as("while the visitor is at the kiosk, the session books").isEqualTo(200);

        LocalApiClient.Reply ended = dijon.api.delete("/local/v1/remote/session");

        assertThat(ended.status()).isEqualTo(204);
        assertThat(count(centralDb, "SELECT count(*) FROM central_visitor_session WHERE kiosk_id = ?", "dijon-1"))
                .isZero();
        assertThat(bookAtCentral(asDijon, session, booking(RARE, SENTENCED, noon)))
                .as("central refuses the old session").isEqualTo(403);
        assertThat(dijon.api.send("POST", "/local/v1/bookings", booking(RARE, SENTENCED, afternoon)).status())
                .as("nor does the agent carry it any more").isEqualTo(502);
    }

    /** POST /v1/bookings straight to central as the Dijon kiosk, carrying a visitor session. */
    private int bookAtCentral(okhttp3.OkHttpClient http, String session, OnlineBooking request) throws IOException {
        byte[] body = SyncJson.mapper().writeValueAsBytes(new CreateBooking(request.toBookingData(), false));
        okhttp3.Request call = new okhttp3.Request.Builder().url("https://localhost:" + dijon.proxy.port() + "/v1/bookings")
                .header("Idempotency-Key", request.bookingId().toString()).header("Borne-Visitor-Session", session)
                .post(okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json"))).build();
        try (okhttp3.Response response = http.newCall(call).execute()) {
            return response.code();
        }
    }

    @Test
    void B10_a_booking_whose_answer_was_lost_is_withdrawn_so_the_visitor_told_not_booked_is_not() {
        assertThat(dijon.api.get("/local/v1/remote/badges/" + BadgeCode.hash(RARE_BADGE)).status())
                .as("the visitor's badge read at Dijon").isEqualTo(200);
        dijon.proxy.mode(FaultyProxy.Mode.LOSE_RESPONSES);
        OnlineBooking request = booking(RARE, SENTENCED, morning);
        LocalApiClient.Reply lost = dijon.api.send("POST", "/local/v1/bookings", request);
        assertThat(lost.status()).isEqualTo(503);
        assertThat(awaitBookingAtCentral(request.bookingId())).as("central committed it all the same")
                .contains("CONFIRMED");
        assertThat(dijon.api.send("POST", "/local/v1/bookings", request).status())
                .as("the given-up id cannot book any more").isEqualTo(422);

        dijon.proxy.mode(FaultyProxy.Mode.UP);
        dijon.sync();
        assertThat(bookingStatus(centralDb, request.bookingId())).contains("CANCELLED");
        assertThat(dijon.db().read(Withdrawals::waitingCount)).isZero();
        LocalApiClient.Reply late = dijon.api.send("POST", "/local/v1/bookings", request);
        assertThat(late.status()).as("a late resend books nothing").isEqualTo(422);
        assertThat(late.as(Problem.class).code()).isEqualTo(Problem.IDEMPOTENCY_KEY_REUSED);
        assertThat(bookingStatus(centralDb, request.bookingId())).contains("CANCELLED");
        assertThat(confirmedAtCentral(morning)).isZero();
    }

    @Test
    void B11_P5_after_a_remote_session_Dijon_files_and_every_log_line_hold_nothing_of_the_visitor() throws IOException {
        String hash = BadgeCode.hash(RARE_BADGE);
        assertThat(dijon.api.get("/local/v1/remote/badges/" + hash).status()).isEqualTo(200);
        assertThat(dijon.api.get("/local/v1/remote/availability?visitor=" + RARE + "&detainee=" + SENTENCED).status())
                .isEqualTo(200);
        OnlineBooking request = booking(RARE, SENTENCED, morning);
        assertThat(dijon.api.send("POST", "/local/v1/bookings", request).as(BookingAnswer.class).accepted()).isTrue();
        BookingAnswer changed = dijon.api.send("PATCH", "/local/v1/bookings/" + request.bookingId(),
                new OnlineChange(UUID.randomUUID(), RARE, List.of(RARE, LOCAL))).as(BookingAnswer.class);
        assertThat(changed.booking().visitorIds()).containsExactly(RARE, LOCAL);
        BookingAnswer cancelled = dijon.api.send("DELETE", "/local/v1/bookings/" + request.bookingId(),
                new OnlineCancel(UUID.randomUUID(), RARE)).as(BookingAnswer.class);
        assertThat(cancelled.booking().status()).isEqualTo(BookingStatus.CANCELLED);
        dijon.sync();
        rouen.sync();

        List<String> secrets = List.of(RARE_FIRST, RARE_LAST, RARE_BADGE, RARE, hash);
        for (String file : List.of("dijon-1.db", "dijon-1.db-wal", "dijon-1.db-shm")) {
            Path path = dir.resolve(file);
            if (Files.exists(path)) {
                String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(bytes).as("%s holds %s", file, secret)
                            .doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                }
            }
        }
        // The same search finds the visitor where it belongs: the Rouen replica.
        String rouenBytes = new String(Files.readAllBytes(dir.resolve("rouen-1.db-wal")), StandardCharsets.ISO_8859_1)
                + new String(Files.readAllBytes(dir.resolve("rouen-1.db")), StandardCharsets.ISO_8859_1);
        assertThat(rouenBytes).contains(RARE_LAST);

        assertThat(logs.list).as("log lines captured").isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : List.of(RARE_FIRST, RARE_LAST, RARE_BADGE)) {
                assertThat(line).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
    }

    @Test
    void a_kiosk_without_allotted_seats_books_from_centrals_pool_online_and_is_refused_clearly_offline() {
        HoldResult hold = rouenWithoutSeats.service.hold(LOCAL, OTHER, noon, day);
        assertThat(hold).as("no seat of its own").isInstanceOfSatisfying(HoldResult.Refused.class,
                refused -> assertThat(refused.decision().reasons()).containsExactly(Reason.FULL));

        OnlineBooking request = booking(LOCAL, OTHER, noon);
        BookingAnswer answer = rouenWithoutSeats.api.send("POST", "/local/v1/bookings", request).as(BookingAnswer.class);
        assertThat(answer.accepted()).isTrue();
        assertThat(bookingStatus(rouenWithoutSeats.db(), request.bookingId()))
                .as("in the replica at once, before any sync").contains("CONFIRMED");
        assertThat(confirmedAtCentral(noon)).isEqualTo(1);

        rouenWithoutSeats.proxy.mode(FaultyProxy.Mode.DOWN);
        OnlineBooking offline = booking(LOCAL, SENTENCED, afternoon);
        LocalApiClient.Reply refused = rouenWithoutSeats.api.send("POST", "/local/v1/bookings", offline);
        assertThat(refused.status()).isEqualTo(503);
        CentralUnreachable why = refused.as(CentralUnreachable.class);
        assertThat(why.reason()).isEqualTo(Reason.FULL);
        assertThat(why.rule()).isEqualTo(RuleId.B5);
        assertThat(bookingStatus(rouenWithoutSeats.db(), offline.bookingId())).isEmpty();

        rouenWithoutSeats.proxy.mode(FaultyProxy.Mode.UP);
        rouenWithoutSeats.sync();
        assertThat(confirmedAtCentral(afternoon)).as("nothing arrived later either").isZero();
        assertThat(bookingsOfRouen(rouenWithoutSeats.db())).containsExactlyElementsOf(bookingsOfRouen(centralDb));
    }

    @Test
    void B11_central_tells_nothing_about_a_detainee_no_permit_of_the_visitor_names() {
        LocalApiClient.Reply reply = dijon.api.get("/local/v1/remote/availability?visitor=" + RARE + "&detainee=" + OTHER);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.as(Problem.class).code()).isEqualTo(Problem.NO_PERMIT);
        assertThat(dijon.api.get("/local/v1/remote/badges/" + BadgeCode.hash("NOBODY-0000")).as(RemoteVisitor.class))
                .satisfies(unknown -> {
                    assertThat(unknown.badge()).isEqualTo(BadgeState.UNKNOWN);
                    assertThat(unknown.visitor()).isNull();
                });
    }

    private OnlineBooking booking(String visitorId, String detaineeId, String roundId) {
        return new OnlineBooking(UUID.randomUUID(), clock.instant(), visitorId, detaineeId, roundId, day,
                List.of(visitorId), false);
    }

    private BookingResult bookLocally(Kiosk kiosk, String visitorId, String detaineeId, String roundId) {
        HoldResult hold = kiosk.service.hold(visitorId, detaineeId, roundId, day);
        UUID holdId = hold instanceof HoldResult.Held held ? held.hold().id() : null;
        return kiosk.service.confirm(holdId, new BookingRequest(visitorId, detaineeId, roundId, day, List.of(visitorId),
                false, Channel.KIOSK));
    }

    private RemoteRound roundOf(RemoteAvailability availability, String roundId) {
        return availability.days().stream().filter((RemoteDay d) -> d.date().equals(day))
                .flatMap(d -> d.rounds().stream())
                .filter(r -> r.round().id().equals(roundId)).findFirst().orElseThrow();
    }

    private int confirmedAtCentral(String roundId) {
        return count(centralDb, "SELECT count(*) FROM booking WHERE round_id = ? AND date = ? AND status = 'CONFIRMED'",
                roundId, day);
    }

    private static int count(Database database, String sql, Object... params) {
        return database.read(c -> Sql.count(c, sql, params));
    }

    /** The request went through the proxy; on a busy machine central may commit it a little later. */
    private Optional<String> awaitBookingAtCentral(UUID id) {
        Eventually.await("booking " + id + " at central", Duration.ZERO, () -> bookingStatus(centralDb, id).isPresent());
        return bookingStatus(centralDb, id);
    }

    private static Optional<String> bookingStatus(Database database, UUID id) {
        return database.read(c -> Sql.one(c, "SELECT status FROM booking WHERE id = ?", row -> row.getString(1), id));
    }

    private static List<String> bookingsOfRouen(Database database) {
        return database.read(c -> Sql.list(c, """
                SELECT b.id || ' ' || b.status || ' ' || b.round_id || ' ' ||
                       (SELECT group_concat(visitor_id) FROM booking_visitor WHERE booking_id = b.id)
                FROM booking b JOIN detainee d ON d.id = b.detainee_id
                WHERE d.establishment_id = 'rouen' ORDER BY b.id""", row -> row.getString(1)));
    }

    private static LocalDate nextDayWithRounds(List<Round> rounds) {
        LocalDate date = LocalDate.now(PARIS).plusDays(3);
        while (!heldOn(rounds, date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static boolean heldOn(List<Round> rounds, LocalDate date) {
        return rounds.stream().anyMatch(r -> r.day() == date.getDayOfWeek());
    }

    private void startCapturingLogs() {
        logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        Logger ours = (Logger) LoggerFactory.getLogger("fr.borne");
        previousLevel = ours.getLevel();
        ours.setLevel(Level.DEBUG);
    }
}
