package fr.borne.agent.client;

import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.BookingData;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.SyncJson;
import fr.borne.testsupport.Eventually;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The client against a scripted server over real mutual TLS: every failure ends as a value, never lost. */
class CentralClientTest {

    private static final String ANSWER_JSON = """
            {"booking":{"id":"%s","reference":"ABC234","bookedBy":"v1","detaineeId":"d1","roundId":"r1",
            "date":"2030-01-02","visitorIds":["v1"],"status":"CONFIRMED","channel":"KIOSK",
            "createdAt":"2030-01-01T10:00:00Z"},"refusals":[]}""";

    private final HeldCertificate authority = new HeldCertificate.Builder().certificateAuthority(0).build();
    private final HeldCertificate serverCertificate = new HeldCertificate.Builder().signedBy(authority)
            .addSubjectAlternativeName("localhost").commonName("localhost").build();
    private final HeldCertificate kiosk = new HeldCertificate.Builder().signedBy(authority).commonName("rouen-1").build();
    private MockWebServer server;
    private CentralClient client;
    private final BookingData booking = new BookingData(UUID.randomUUID(), "ABC234", "v1", "d1", "r1", null,
            LocalDate.of(2030, 1, 2), List.of("v1"), BookingStatus.CONFIRMED, Channel.KIOSK,
            Instant.parse("2030-01-01T10:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = serverPresenting(serverCertificate);
        client = clientFor(server);
    }

    private MockWebServer serverPresenting(HeldCertificate certificate) throws IOException {
        MockWebServer mock = new MockWebServer();
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(certificate)
                .addTrustedCertificate(authority.certificate()).build();
        mock.useHttps(serverSide.sslSocketFactory());
        mock.requireClientAuth();
        mock.start();
        return mock;
    }

    private CentralClient clientFor(MockWebServer mock) {
        ClientSettings settings = ClientSettings.defaults(mock.url("/").toString(), "rouen-1",
                        Optional.of(new ClientTls(kiosk, authority.certificate())))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(3))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(40));
        return new CentralClient(settings, SyncJson.mapper(), new LinkState(Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Outcome<BookingAnswer> create() {
        return client.create(booking.id().toString(), new CreateBooking(booking, true));
    }

    private MockResponse answer() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(ANSWER_JSON.formatted(booking.id())).build();
    }

    @Test
    void a_server_error_is_retried_with_the_same_idempotency_key_until_answered() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(answer());

        Outcome<BookingAnswer> outcome = create();

        assertThat(outcome).isInstanceOf(Outcome.Answered.class);
        assertThat(((Outcome.Answered<BookingAnswer>) outcome).body().booking().id()).isEqualTo(booking.id());
        RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo(booking.id().toString());
        assertThat(second.getHeaders().get("Idempotency-Key")).isEqualTo(booking.id().toString());
    }

    @Test
    void B11_the_session_central_opens_for_a_remote_visitor_is_carried_until_it_is_ended() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Borne-Visitor-Session", "s-42")
                .body("{\"badge\":\"KNOWN\",\"visitor\":{\"id\":\"v1\",\"firstName\":\"A\",\"lastName\":\"B\","
                        + "\"birthDate\":\"1980-01-01\"},\"permits\":[],\"bookings\":[]}").build());
        server.enqueue(answer());
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(answer());

        assertThat(client.remoteBadge("ab".repeat(32))).isInstanceOf(Outcome.Answered.class);
        create();
        assertThat(client.endRemoteSession()).isInstanceOf(Outcome.Answered.class);
        create();

        server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Borne-Visitor-Session")).isEqualTo("s-42");
        RecordedRequest end = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(end.getMethod()).isEqualTo("DELETE");
        assertThat(end.getUrl().encodedPath()).isEqualTo("/v1/remote/session");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Borne-Visitor-Session")).isNull();
    }

    @Test
    void malformed_json_is_not_taken_for_an_answer() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("{\"booking\": {\"id\": ").build());
        }
        assertThat(create()).isInstanceOf(Outcome.Unreachable.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void a_timeout_is_reported_as_unreachable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder(answer()).headersDelay(2, TimeUnit.SECONDS).build());
        }
        assertThat(create()).isInstanceOf(Outcome.Unreachable.class);
    }

    @Test
    void a_body_slower_than_the_read_timeout_is_reported_as_unreachable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder(answer()).throttleBody(8, 1, TimeUnit.SECONDS).build());
        }
        assertThat(create()).isInstanceOf(Outcome.Unreachable.class);
    }

    @Test
    void a_dropped_connection_is_retried_and_the_answer_then_taken() {
        server.enqueue(new MockResponse.Builder(answer()).onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(answer());
        assertThat(create()).isInstanceOf(Outcome.Answered.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_refusal_of_the_call_is_final_and_not_resent() {
        server.enqueue(new MockResponse.Builder().code(422)
                .body("{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"used for another request\"}").build());
        Outcome<BookingAnswer> outcome = create();
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(422);
            assertThat(rejected.problem().code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_name_lookup_that_hangs_with_the_network_gone_does_not_hold_the_caller_past_the_budget_nor_send_later()
            throws Exception {
        Duration budget = Duration.ofMillis(300);
        CountDownLatch networkBack = new CountDownLatch(1);
        CountDownLatch resolved = new CountDownLatch(1);
        AtomicReference<Thread> lookingUp = new AtomicReference<>();
        okhttp3.Dns hangingResolver = host -> {
            lookingUp.set(Thread.currentThread());
            // the system resolver's own timeouts are seconds long, and no interrupt or cancel cuts them short:
            // this one hangs, deaf to interrupts like getaddrinfo, until the test brings the network back
            awaitUninterruptibly(networkBack);
            resolved.countDown();
            return List.of(InetAddress.getLoopbackAddress());
        };
        try (MockWebServer plain = new MockWebServer()) {
            plain.start();
            plain.enqueue(answer());
            ClientSettings settings = ClientSettings.defaults("http://central.borne.test:" + plain.getPort(), "rouen-1",
                    Optional.empty()).withRetries(1, Duration.ofMillis(10), Duration.ofMillis(20)).withBudget(budget);
            LinkState link = new LinkState(Clock.systemUTC());
            try (CentralClient stuck = new CentralClient(settings, SyncJson.mapper(), link, hangingResolver)) {
                // the lookup hangs until released below: returning at all is the budget's doing
                Outcome<BookingAnswer> outcome = stuck.create(booking.id().toString(), new CreateBooking(booking, false));

                assertThat(outcome).isInstanceOfSatisfying(Outcome.Unreachable.class,
                        unreachable -> assertThat(unreachable.why()).isEqualTo("no answer within 300 ms"));
                assertThat(resolved.getCount()).as("the lookup still hangs").isEqualTo(1);
                assertThat(link.snapshot().reachable()).isFalse();

                networkBack.countDown();
                assertThat(resolved.await(Eventually.CEILING.toSeconds(), TimeUnit.SECONDS)).isTrue();
                Eventually.await("the abandoned call's thread done with it",
                        () -> Arrays.stream(lookingUp.get().getStackTrace()).noneMatch(frame ->
                                frame.getClassName().startsWith("okhttp3.")));
                assertThat(plain.getRequestCount()).as("the abandoned call never reaches central").isZero();
            }
        }
    }

    @Test
    void a_server_with_a_certificate_from_another_authority_is_never_trusted() throws IOException {
        HeldCertificate stranger = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        try (MockWebServer impostor = new MockWebServer()) {
            impostor.useHttps(new HandshakeCertificates.Builder().heldCertificate(stranger).build().sslSocketFactory());
            impostor.start();
            impostor.enqueue(answer());
            try (CentralClient toImpostor = clientFor(impostor)) {
                assertThat(toImpostor.create(booking.id().toString(), new CreateBooking(booking, true)))
                        .isInstanceOf(Outcome.Unreachable.class);
            }
            assertThat(impostor.getRequestCount()).isZero();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
