package dev.tandem.escalation.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class Transcripts implements PanacheRepositoryBase<TranscriptEntry, String> {

    /** The newest {@code limit} entries of a conversation, oldest first. */
    public Uni<List<TranscriptEntry>> latest(String conversationId, int limit) {
        return find("conversationId", Sort.descending("occurredAt"), conversationId).page(0, limit).list()
                .map(newestFirst -> {
                    List<TranscriptEntry> oldestFirst = new ArrayList<>(newestFirst);
                    Collections.reverse(oldestFirst);
                    return oldestFirst;
                });
    }

    /** The conversation's latest shadow-mode message not yet compared with an agent's answer. */
    public Uni<TranscriptEntry> pendingShadow(String conversationId) {
        return find("conversationId = ?1 and shadowDraft is not null and shadowAgreed is null order by occurredAt desc",
                conversationId).firstResult();
    }
}
