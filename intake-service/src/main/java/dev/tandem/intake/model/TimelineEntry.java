package dev.tandem.intake.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a conversation as the customer sees it: their message (with what Tandem understood
 * and who answers, once known) or a reply.
 *
 * @param from           {@code CUSTOMER}, {@code ASSISTANT} or {@code AGENT}
 * @param classification for a customer message, once classified
 * @param route          for a customer message, once decided: {@code AUTOMATE}, {@code SUGGEST} or {@code HUMAN}
 * @param inReplyTo      for a reply, the customer message it answers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(String messageId, String from, Instant sentAt, String text,
        ClassificationSummary classification, String route, String inReplyTo) {

    public record ClassificationSummary(String intent, double confidence) {
    }
}
