package dev.tandem.escalation.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import dev.tandem.contracts.Events;
import dev.tandem.contracts.PolicyChanged;
import dev.tandem.escalation.config.EscalationConfig;
import dev.tandem.escalation.messaging.Channels;
import dev.tandem.problem.Problem;
import dev.tandem.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * The policy in force. At start: the latest policy put in force through the API (kept in the
 * database), else the policy file. A change is checked, recorded, published on the log, then put in
 * force; other instances put it in force when they read it from the log.
 */
@ApplicationScoped
public class PolicyStore {

    static final String DEFAULT_POLICY = "policy/default-policy.yaml";
    private static final Logger LOG = Logger.getLogger(PolicyStore.class);

    private final AtomicReference<Policy> current = new AtomicReference<>();
    private final ModelThresholds thresholds;
    private final PolicyChanges changes;
    private final MutinyEmitter<String> events;
    private final EscalationConfig config;

    public PolicyStore(ModelThresholds thresholds, PolicyChanges changes,
            @Channel(Channels.POLICY_CHANGES_OUT) MutinyEmitter<String> events, EscalationConfig config) {
        this.thresholds = thresholds;
        this.changes = changes;
        this.events = events;
        this.config = config;
    }

    void load(@Observes StartupEvent start) throws Throwable {
        // Read even when the database has a newer policy: a broken file fails the start, not a later reload.
        Policy fromFile = parse(readFile());
        PolicyChange latest = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(changes::latest));
        current.set(latest == null ? fromFile : parse(latest.document));
        LOG.infof("Automation policy %s in force", current.get().version());
    }

    public Policy current() {
        return current.get();
    }

    /**
     * Puts a new policy in force: checked (400 naming the wrong fields), with a new version (409
     * otherwise), recorded, then published on the log with who changed what.
     */
    public Uni<Policy> change(String document, String changedBy) {
        Policy next = parse(document);
        Policy before = current.get();
        if (next.version().equals(before.version())) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT,
                    "Policy " + next.version() + " is already in force: give the new policy a new version",
                    List.of(new Problem.FieldError("version", "must differ from " + before.version()))));
        }
        PolicyChanged changed = new PolicyChanged(next.version(), before.version(), Instant.now(), changedBy,
                PolicyParser.changes(before, next), document);
        return Panache.withTransaction(() -> changes.findById(next.version()).flatMap(used -> {
            if (used != null) {
                return Uni.createFrom().failure(new ProblemException(Problem.of(Response.Status.CONFLICT,
                        "Version " + next.version() + " was already used on " + used.changedAt,
                        List.of(new Problem.FieldError("version", "was already used")))));
            }
            return changes.persist(record(changed))
                    .chain(() -> events.sendMessage(Events.message(changed, Channels.SOURCE)));
        })).invoke(() -> {
            current.set(next);
            LOG.infof("Automation policy %s put in force by %s: %s", next.version(), changedBy, changed.changes());
        }).replaceWith(next);
    }

    /** Reads the policy file again and puts it in force, as a change by {@code changedBy}. */
    public Uni<Policy> reload(String changedBy) {
        return change(readFile(), changedBy);
    }

    /** A change made by another instance, read from the log. */
    public void apply(PolicyChanged changed) {
        if (!changed.policyVersion().equals(current.get().version())) {
            current.set(parse(changed.document()));
            LOG.infof("Automation policy %s put in force by %s (from the log)", changed.policyVersion(),
                    changed.changedBy());
        }
    }

    private Policy parse(String document) {
        return PolicyParser.parse(document, thresholds.intents());
    }

    private String readFile() {
        try {
            if (config.policyFile().isPresent()) {
                return Files.readString(Path.of(config.policyFile().get()));
            }
            try (InputStream in = PolicyStore.class.getClassLoader().getResourceAsStream(DEFAULT_POLICY)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PolicyChange record(PolicyChanged changed) {
        PolicyChange change = new PolicyChange();
        change.version = changed.policyVersion();
        change.previousVersion = changed.previousVersion();
        change.changedBy = changed.changedBy();
        change.changedAt = changed.occurredAt();
        change.changes = String.join("\n", changed.changes());
        change.document = changed.document();
        return change;
    }
}
