package dev.tandem.escalation.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.contracts.Classification;
import dev.tandem.contracts.HandedBack;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.RoutingDecision.Priority;
import dev.tandem.contracts.RoutingDecision.Reason;

/** The state is a fold of the conversation's decisions and hand-backs: replaying the log rebuilds it. */
class ConversationStateTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void automatedAnswersCountUntilAPersonAnswers() {
        ConversationState state = ConversationState.opened("c-1")
                .after(decision(1, Route.AUTOMATE, "track_order", "neutral"))
                .after(decision(2, Route.AUTOMATE, "delivery_options", "neutral"));

        assertThat(state.automatedTurns).isEqualTo(2);
        assertThat(state.lastAutomatedIntent).isEqualTo("delivery_options");

        state.after(decision(3, Route.SUGGEST, "cancel_order", "negative"));
        assertThat(state.automatedTurns).isZero();
        assertThat(state.lastAutomatedIntent).isNull();
        assertThat(state.lastSentiment).isEqualTo("negative");
        assertThat(state.withAgent()).isFalse();
    }

    @Test
    void aConversationHandedToAPersonStaysThereUntilAnAgentHandsItBack() {
        ConversationState state = ConversationState.opened("c-1")
                .after(decision(1, Route.CLARIFY, "out_of_scope", "neutral"));
        assertThat(state.rephraseRequests).isEqualTo(1);

        state.after(decision(2, Route.HUMAN, "out_of_scope", "neutral"));
        assertThat(state.withAgent()).isTrue();
        assertThat(state.rephraseRequests).isZero();

        state.after(new HandedBack("c-1", "h-1", T0.plusSeconds(60), "agent"));
        assertThat(state.withAgent()).isFalse();
        assertThat(state.updatedAt).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void replayingTheSameEventsGivesTheSameState() {
        List<RoutingDecision> log = List.of(decision(1, Route.AUTOMATE, "track_order", "neutral"),
                decision(2, Route.CLARIFY, "out_of_scope", "negative"),
                decision(3, Route.AUTOMATE, "delivery_period", "positive"));
        ConversationState live = ConversationState.opened("c-1");
        log.forEach(live::after);
        ConversationState rebuilt = ConversationState.opened("c-1");
        log.forEach(rebuilt::after);

        assertThat(rebuilt).usingRecursiveComparison().isEqualTo(live);
        assertThat(rebuilt.automatedTurns).isEqualTo(2);
        assertThat(rebuilt.rephraseRequests).isZero();
    }

    private static RoutingDecision decision(int turn, Route route, String intent, String sentiment) {
        Classification classification = new Classification(intent, 0.9, List.of(), "en",
                new Classification.Sentiment(sentiment, 0.8), List.of(), "m");
        return new RoutingDecision("c-1", "m-" + turn, T0.plusSeconds(turn), route, List.of(new Reason("r", "why")),
                classification, "p", "text", "rule", Priority.NORMAL, null, null, false, null);
    }
}
