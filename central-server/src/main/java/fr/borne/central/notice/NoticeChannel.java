package fr.borne.central.notice;

/** One way of reaching visitors: e-mail over SMTP, SMS over SMPP. */
public interface NoticeChannel extends AutoCloseable {

    ContactChannel channel();

    /** Sends one message; never throws for a network or server failure, which is a {@link Delivery}. */
    Delivery send(Outgoing message);

    @Override
    default void close() {
    }
}
