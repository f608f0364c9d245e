package dev.tandem.escalation.conversation;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConversationStates implements PanacheRepositoryBase<ConversationState, String> {
}
