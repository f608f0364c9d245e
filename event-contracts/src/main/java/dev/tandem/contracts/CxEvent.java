package dev.tandem.contracts;

/** An event of one conversation, so a conversation can be followed end to end. */
public interface CxEvent extends Event {

    String conversationId();

    /** The customer message this event is about (for a reply or a hand-back: its own id). */
    String messageId();

    /** A conversation's events share its partition, in order. */
    @Override
    default String key() {
        return conversationId();
    }
}
