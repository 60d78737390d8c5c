package fr.borne.central.notice;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * SMS over SMPP 3.4 (jSMPP), bound as a transceiver: {@code submit_sm} out, with the text in
 * UCS-2 in the {@code message_payload} parameter (accents and Arabic, longer than one SMS);
 * {@code deliver_sm} in, where a visitor's "STOP" reaches {@code stop}. What SMPP cannot tell
 * (no answer to a {@code submit_sm} already written) is {@link Delivery#IN_DOUBT}.
 */
public final class SmppChannel implements NoticeChannel {

    private static final Logger LOG = LoggerFactory.getLogger(SmppChannel.class);

    public record Settings(String host, int port, String systemId, String password, String sourceAddress,
                           Duration responseTimeout) {
    }

    private final Settings settings;
    private final Consumer<String> stop;
    private SMPPSession session;

    /** {@code stop} is given the E.164 number of a phone that sent "STOP". */
    public SmppChannel(Settings settings, Consumer<String> stop) {
        this.settings = settings;
        this.stop = stop;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.SMS;
    }

    @Override
    public synchronized Delivery send(Outgoing message) {
        SMPPSession bound;
        try {
            bound = bound();
        } catch (IOException e) {
            LOG.warn("SMSC not reachable for notice {}: {}", message.noticeId(), e.getClass().getSimpleName());
            return Delivery.FAILED;
        }
        byte[] payload = message.body().getBytes(StandardCharsets.UTF_16BE);
        try {
            bound.submitShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    settings.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    message.address().replace("+", ""), new ESMClass(), (byte) 0, (byte) 1, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                    new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, new byte[0],
                    new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), payload));
            return Delivery.SENT;
        } catch (NegativeResponseException e) {
            LOG.warn("SMSC refused notice {}: status {}", message.noticeId(), e.getCommandStatus());
            return Delivery.FAILED;
        } catch (PDUException e) {
            LOG.warn("notice {} cannot be written as an SMS: {}", message.noticeId(), e.getMessage());
            return Delivery.FAILED;
        } catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
            // submit_sm was written (or may have been): the SMSC may have taken it
            LOG.warn("SMSC did not confirm notice {}: {}", message.noticeId(), e.getClass().getSimpleName());
            drop();
            return Delivery.IN_DOUBT;
        }
    }

    private SMPPSession bound() throws IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        drop();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(settings.responseTimeout().toMillis());
        fresh.setEnquireLinkTimer(30_000);
        fresh.setMessageReceiverListener(new Receiver());
        fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX,
                settings.systemId(), settings.password(), "borne", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null), settings.responseTimeout().toMillis());
        session = fresh;
        return fresh;
    }

    /** Binds now, so "STOP" is heard before the first notice goes; a failure is retried at the next send. */
    public synchronized void connect() {
        try {
            bound();
        } catch (IOException e) {
            LOG.warn("SMSC not reachable yet: {}", e.getClass().getSimpleName());
        }
    }

    private void drop() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }

    /** Reads "STOP" (any case, alone) from a phone; delivery receipts and anything else are taken and ignored. */
    private final class Receiver implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (deliverSm.isSmscDeliveryReceipt()) {
                return;
            }
            text(deliverSm).filter(t -> t.strip().toUpperCase(Locale.ROOT).equals("STOP")).ifPresent(t -> {
                String from = deliverSm.getSourceAddr();
                stop.accept(from.startsWith("+") ? from : "+" + from);
            });
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not supported", 0x00000003);
        }
    }

    private static Optional<String> text(DeliverSm deliverSm) {
        byte[] bytes = deliverSm.getShortMessage();
        if (bytes == null || bytes.length == 0) {
            OptionalParameter payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            if (payload instanceof OptionalParameter.OctetString octets) {
                bytes = octets.getValue();
            }
        }
        if (bytes == null) {
            return Optional.empty();
        }
        boolean ucs2 = (deliverSm.getDataCoding() & 0x0C) == 0x08;
        return Optional.of(new String(bytes, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1));
    }
}
