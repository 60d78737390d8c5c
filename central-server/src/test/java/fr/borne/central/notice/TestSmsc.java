package fr.borne.central.notice;

import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMSC for tests, on jSMPP's server side, on loopback and any free port: it binds
 * transceivers, keeps every {@code submit_sm} it receives (destination and text), can hold
 * its answer to them ({@link #holdAnswers()}), and sends a phone's {@code deliver_sm}.
 */
public final class TestSmsc implements AutoCloseable {

    /** One SMS as the SMSC received it. */
    public record Received(String destination, String text) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final SMPPServerSessionListener listener;
    private final Thread acceptor;
    private volatile int port;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile boolean closed;

    public TestSmsc() throws IOException {
        ServerConnectionFactory loopback = new ServerConnectionFactory() {
            @Override
            public ServerConnection listen(int ignored) throws IOException {
                ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                port = socket.getLocalPort();
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int ignored, int timeout) throws IOException {
                ServerConnection connection = listen(0);
                connection.setSoTimeout(timeout);
                return connection;
            }

            @Override
            public ServerConnection listen(int ignored, int timeout, int backlog) throws IOException {
                return listen(0, timeout);
            }
        };
        listener = new SMPPServerSessionListener(0, loopback);
        listener.setMessageReceiverListener(new Receiver());
        acceptor = new Thread(this::accept, "test-smsc");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return port;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** From now on the SMSC takes each submit_sm (counted) but answers nothing until {@link #answer()}. */
    public void holdAnswers() {
        hold = new CountDownLatch(1);
    }

    public void answer() {
        hold.countDown();
    }

    /** A phone sends this text to the service: a deliver_sm on every bound session. */
    public void fromPhone(String phone, String text) throws Exception {
        for (SMPPServerSession session : sessions) {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    phone.replace("+", ""), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "33600000000",
                    new ESMClass(), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                    new GeneralDataCoding(Alphabet.ALPHA_UCS2),
                    text.getBytes(StandardCharsets.UTF_16BE));
        }
    }

    public boolean bound() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isBound());
    }

    private void accept() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest bind = session.waitForBind(10_000);
                bind.accept("test-smsc");
                sessions.add(session);
            } catch (Exception e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        hold.countDown();
        sessions.forEach(SMPPServerSession::unbindAndClose);
        listener.close();
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, org.jsmpp.session.SMPPServerSession source)
                throws ProcessRequestException {
            byte[] bytes = submitSm.getShortMessage();
            OptionalParameter payload = submitSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            if ((bytes == null || bytes.length == 0) && payload instanceof OptionalParameter.OctetString octets) {
                bytes = octets.getValue();
            }
            boolean ucs2 = (submitSm.getDataCoding() & 0x0C) == 0x08;
            received.add(new Received(submitSm.getDestAddress(),
                    new String(bytes, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1)));
            try {
                hold.await(120, TimeUnit.SECONDS);
                return new SubmitSmResult(new MessageId(Integer.toHexString(ids.incrementAndGet())),
                        new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException("held", 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
