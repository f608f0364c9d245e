package dev.tandem.agent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A reply the customer received in a handed-off conversation, from the assistant or an agent. */
@Entity
public class Reply {

    @Id
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "conversation_id")
    public String conversationId;

    public String author;

    public String agent;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    public String text;

    @Column(name = "posted_at")
    public Instant postedAt;
}
