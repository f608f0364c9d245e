package dev.tandem.e2e;

import static io.restassured.RestAssured.given;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import dev.tandem.contracts.CxEvent;
import dev.tandem.contracts.Events;
import dev.tandem.contracts.MalformedEventException;
import dev.tandem.contracts.MessageReceived;
import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision;
import dev.tandem.contracts.Topics;
import dev.tandem.deploy.local.Layout;
import dev.tandem.deploy.local.LocalStack;
import dev.tandem.deploy.local.Ports;
import dev.tandem.testing.KafkaProbe;
import dev.tandem.testing.TestStack;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Measures the whole platform on Tandem's held-out messages (English and French) as customers would
 * meet it: how much is automated, how often an automated answer has the labelled intent, whether every
 * request for a person reaches one, and how long a message takes from intake to its routing decision.
 * The platform runs as in {@link ConversationEndToEndIT}. Each message opens a conversation of its
 * own, so no conversation state (a clarification already asked, a person already in charge) bends a
 * route.
 *
 * <p>On demand only, and not a test: the held-out set is for measuring, not a gate to tune against.
 * {@code ./mvnw -B -pl e2e-tests -am install -DskipTests && ./mvnw -B -o -pl e2e-tests exec:exec@measure}
 * prints the report and writes it to {@code e2e-tests/target/pipeline-measurement.md}.
 *
 * <p>No message text is printed or written anywhere, not even in an error: held-out messages that
 * leak into logs end up read, and then tuned against.
 */
public final class PipelineMeasurement {

    /** A steady pace, so that latency measures the pipeline, not a queue built by a burst. */
    private static final Duration PACE = Duration.ofMillis(50);
    private static final Duration DECISIONS_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final String HUMAN_REQUESTED = "human_requested";

    /** One labelled held-out message; {@code number} (its row in the file) names it in errors instead of its text. */
    record Row(String language, int number, String text, String intent, Set<String> flags) {
    }

    record Conversation(String conversationId, String accessToken) {
    }

    /** A row intake accepted, with the id it gave the message. */
    record Sent(Row row, String messageId) {
    }

    /** What the sending did: the rows sent, those intake refused (400, e.g. too long), and how long it took. */
    record Sending(List<Sent> sent, List<Row> rejected, Duration took) {
    }

    /** What the pipeline made of one sent message; decision and latency are null when no decision came. */
    record Outcome(Row row, RoutingDecision decision, Long latencyMillis) {

        boolean routed(Route route) {
            return decision != null && decision.route() == route;
        }
    }

    /** One column of the report: a language, or both. */
    record Group(String name, List<Outcome> outcomes, int rejected) {

        List<RoutingDecision> decisions() {
            return outcomes.stream().map(Outcome::decision).filter(Objects::nonNull).toList();
        }

        long routed(Route route) {
            return outcomes.stream().filter(o -> o.routed(route)).count();
        }

        List<Long> latencies() {
            return outcomes.stream().map(Outcome::latencyMillis).filter(Objects::nonNull).sorted().toList();
        }
    }

    /** One line of the report's table. */
    record Metric(String label, Function<Group, String> value) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("messages sent", g -> Integer.toString(g.outcomes().size())),
            new Metric("rejected by intake (400), not sent", g -> Integer.toString(g.rejected())),
            new Metric("no decision within " + DECISIONS_TIMEOUT.toMinutes() + " min",
                    g -> Integer.toString(g.outcomes().size() - g.decisions().size())),
            new Metric("AUTOMATE (the automation rate)", g -> share(g, Route.AUTOMATE)),
            new Metric("SUGGEST", g -> share(g, Route.SUGGEST)),
            new Metric("HUMAN", g -> share(g, Route.HUMAN)),
            new Metric("CLARIFY", g -> share(g, Route.CLARIFY)),
            new Metric("precision of automated answers (intent as labelled)", PipelineMeasurement::precision),
            new Metric(HUMAN_REQUESTED + " routed HUMAN", PipelineMeasurement::humanRequestedReachedAPerson),
            new Metric(HUMAN_REQUESTED + " routed elsewhere", PipelineMeasurement::humanRequestedElsewhere),
            new Metric("latency p50 (ms)", g -> percentile(g.latencies(), 0.50)),
            new Metric("latency p99 (ms)", g -> percentile(g.latencies(), 0.99)),
            new Metric("latency max (ms)", g -> percentile(g.latencies(), 1.0)),
            new Metric("policy version", g -> tally(g.decisions().stream().map(RoutingDecision::policyVersion))),
            new Metric("model version",
                    g -> tally(g.decisions().stream().map(d -> d.classification().modelVersion()))));

    public static void main(String[] args) throws IOException {
        Layout layout = Layout.detect();
        Path target = Files.createDirectories(layout.root().resolve("e2e-tests/target"));
        List<Row> rows = LANGUAGES.stream().flatMap(language -> heldOut(layout.root(), language).stream()).toList();

        LocalStack stack = new LocalStack(layout, home(target), TestStack.keycloakHome(), Ports.free());
        Runnable down = once(stack::down);
        // The servers run detached from this JVM: stop them on Ctrl-C too, not only on the way out of main.
        Runtime.getRuntime().addShutdownHook(new Thread(down));
        try {
            stack.up();
            String report = measure(stack, rows);
            System.out.println(report);
            Files.writeString(target.resolve("pipeline-measurement.md"), report);
        } finally {
            down.run();
        }
    }

    /**
     * Made-up messages sent first and left out of the figures: a freshly started JVM (class loading,
     * JIT, first Kafka metadata and PostgreSQL connections) would otherwise make the first held-out
     * messages look slow.
     */
    private static final List<String> WARM_UP = List.of("where is my order 1234", "I want to talk to a human",
            "what payment methods do you accept?", "je veux parler à un conseiller", "où est ma commande 2001 ?",
            "how do I cancel my order", "bonjour, je voudrais un remboursement", "what's the weather like?");

    private static String measure(LocalStack stack, List<Row> rows) {
        try (KafkaProbe kafka = new KafkaProbe(stack.kafka().bootstrapServers())) {
            String intake = stack.service("intake-service").url();
            List<Row> warmUp = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                WARM_UP.forEach(text -> warmUp.add(new Row("warm-up", -1, text, "", Set.of())));
            }
            awaitDecisions(kafka, send(intake, warmUp).sent().stream().map(Sent::messageId).collect(Collectors.toSet()));
            Sending sending = send(intake, rows);
            Set<String> messageIds = sending.sent().stream().map(Sent::messageId).collect(Collectors.toSet());
            Map<String, RoutingDecision> decisions = awaitDecisions(kafka, messageIds);
            Map<String, MessageReceived> received = events(kafka, Topics.MESSAGES_RECEIVED, MessageReceived.class,
                    messageIds);
            List<Outcome> outcomes = sending.sent().stream().map(s -> outcome(s, received, decisions)).toList();
            return report(sending, groups(outcomes, sending.rejected()));
        }
    }

    // --- the held-out messages

    /** {@code text,intent,flags,sentiment}, quoted as RFC 4180 says, read as classifier-model's Corpus reads it. */
    private static List<Row> heldOut(Path root, String language) {
        Path file = root.resolve("classifier-model/data/heldout/heldout-" + language + ".csv");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Files.newBufferedReader(file))) {
            List<Row> read = new ArrayList<>();
            // hasNextValue/nextValue, not hasNext/next: those wrap a parse error in one that quotes the value.
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                read.add(new Row(language, read.size() + 1, Objects.requireNonNullElse(row.get("text"), ""),
                        row.get("intent"), flags(row.get("flags"))));
            }
            return read;
        } catch (JsonProcessingException e) {
            // Only where: a CSV error quotes the value it choked on, which is held-out text.
            throw new IllegalStateException("Cannot read " + file
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Flags separated by ';' (as Corpus reads them) or '|'; none when empty. */
    private static Set<String> flags(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split("[;|]")).map(String::trim).filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    // --- the platform

    /** A fresh folder for the stack's data and logs, like the end-to-end test's, but apart from it. */
    private static Path home(Path target) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(target.resolve("measurement-stack")), "stack-");
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    // --- sending, as customers would

    private static Sending send(String intake, List<Row> rows) {
        List<Sent> sent = new ArrayList<>();
        List<Row> rejected = new ArrayList<>();
        long start = System.nanoTime();
        long slot = start;
        for (Row row : rows) {
            sleepUntil(slot);
            say(intake, open(intake), row).ifPresentOrElse(id -> sent.add(new Sent(row, id)), () -> rejected.add(row));
            // The next slot is a pace after this one, or now if intake was slower: catching up would be a burst.
            slot = Math.max(slot + PACE.toNanos(), System.nanoTime());
            progress("sent", sent.size() + rejected.size(), rows.size());
        }
        return new Sending(sent, rejected, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Conversation open(String intake) {
        return given().baseUri(intake).post("/api/v1/conversations")
                .then().statusCode(201).extract().as(Conversation.class);
    }

    /** The message id, or none when intake refuses the message as invalid. */
    private static Optional<String> say(String intake, Conversation conversation, Row row) {
        Response response = given().baseUri(intake).auth().oauth2(conversation.accessToken())
                .contentType(ContentType.JSON).body(Map.of("text", row.text()))
                .post("/api/v1/conversations/{id}/messages", conversation.conversationId());
        return switch (response.statusCode()) {
            case 202 -> Optional.of(response.path("messageId"));
            case 400 -> Optional.empty();
            // The status and the row only: a problem's detail could quote the message.
            default -> throw new IllegalStateException(
                    "intake answered " + response.statusCode() + " to " + row.language() + " row " + row.number());
        };
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while sending", e);
            }
        }
    }

    private static void progress(String what, int done, int of) {
        if (done % 100 == 0 || done == of) {
            System.err.printf("%s %d of %d%n", what, done, of);
        }
    }

    // --- reading the log

    /** Every sent message's decision, or as many as came within the timeout (the missing ones are reported). */
    private static Map<String, RoutingDecision> awaitDecisions(KafkaProbe kafka, Set<String> messageIds) {
        Instant deadline = Instant.now().plus(DECISIONS_TIMEOUT);
        Map<String, RoutingDecision> decisions = events(kafka, Topics.ROUTING_DECISIONS, RoutingDecision.class,
                messageIds);
        while (decisions.size() < messageIds.size() && Instant.now().isBefore(deadline)) {
            progress("decided", decisions.size(), messageIds.size());
            sleepUntil(System.nanoTime() + POLL.toNanos());
            decisions = events(kafka, Topics.ROUTING_DECISIONS, RoutingDecision.class, messageIds);
        }
        return decisions;
    }

    /**
     * The first event of each of these messages on the topic. A conversation's events share a
     * partition, in order, so the first is the original and any later one a redelivery.
     */
    private static <T extends CxEvent> Map<String, T> events(KafkaProbe kafka, String topic, Class<T> type,
            Set<String> messageIds) {
        Map<String, T> byMessage = new HashMap<>();
        for (ConsumerRecord<String, String> record : kafka.records(topic)) {
            decode(record.value(), type).filter(event -> messageIds.contains(event.messageId()))
                    .ifPresent(event -> byMessage.putIfAbsent(event.messageId(), event));
        }
        return byMessage;
    }

    /** Records that are not this event are not ours to measure; their error is not printed, as it may quote text. */
    private static <T extends CxEvent> Optional<T> decode(String value, Class<T> type) {
        try {
            return Optional.of(Events.decode(value, type));
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }

    private static Outcome outcome(Sent sent, Map<String, MessageReceived> received,
            Map<String, RoutingDecision> decisions) {
        RoutingDecision decision = decisions.get(sent.messageId());
        MessageReceived accepted = received.get(sent.messageId());
        Long latency = decision == null || accepted == null ? null
                : Duration.between(accepted.occurredAt(), decision.occurredAt()).toMillis();
        return new Outcome(sent.row(), decision, latency);
    }

    // --- the report

    private static List<Group> groups(List<Outcome> outcomes, List<Row> rejected) {
        List<Group> groups = new ArrayList<>();
        for (String language : LANGUAGES) {
            groups.add(new Group(language,
                    outcomes.stream().filter(o -> o.row().language().equals(language)).toList(),
                    (int) rejected.stream().filter(r -> r.language().equals(language)).count()));
        }
        groups.add(new Group("overall", outcomes, rejected.size()));
        return groups;
    }

    private static String report(Sending sending, List<Group> groups) {
        int messages = sending.sent().size() + sending.rejected().size();
        StringBuilder out = new StringBuilder("# Pipeline measurement on the held-out messages\n\n")
                .append("%d held-out rows, one message every %d ms in a conversation of its own (sending took %d s); "
                        .formatted(messages, PACE.toMillis(), sending.took().toSeconds()))
                .append("route shares are of the messages that got a decision; latency is from the message's "
                        + "`occurredAt` on " + Topics.MESSAGES_RECEIVED + " to its decision's on "
                        + Topics.ROUTING_DECISIONS + ".\n\n");
        out.append(groups.stream().map(Group::name).collect(joining(" | ", "| | ", " |\n")));
        out.append(groups.stream().map(g -> "---").collect(joining("|", "|---|", "|\n")));
        for (Metric metric : METRICS) {
            out.append(groups.stream().map(metric.value())
                    .collect(joining(" | ", "| " + metric.label() + " | ", " |\n")));
        }
        return out.toString();
    }

    private static String share(Group group, Route route) {
        return percent(group.routed(route), group.decisions().size());
    }

    private static String precision(Group group) {
        List<Outcome> automated = group.outcomes().stream().filter(o -> o.routed(Route.AUTOMATE)).toList();
        long right = automated.stream()
                .filter(o -> o.decision().classification().intent().equals(o.row().intent()))
                .count();
        return percent(right, automated.size());
    }

    private static List<Outcome> humanRequested(Group group) {
        return group.outcomes().stream().filter(o -> o.row().flags().contains(HUMAN_REQUESTED)).toList();
    }

    private static String humanRequestedReachedAPerson(Group group) {
        List<Outcome> asked = humanRequested(group);
        long reached = asked.stream().filter(o -> o.routed(Route.HUMAN)).count();
        return reached + " of " + asked.size() + (reached == asked.size() ? "" : " (NOT ALL)");
    }

    /** Counts by route only: which messages they were would mean quoting held-out text. */
    private static String humanRequestedElsewhere(Group group) {
        return tally(humanRequested(group).stream()
                .filter(o -> !o.routed(Route.HUMAN))
                .map(o -> o.decision() == null ? "no decision" : o.decision().route().name()));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %% (%d of %d)", 100.0 * part / whole, part, whole);
    }

    /** Nearest rank: the smallest latency that at least this share of the messages did not exceed. */
    private static String percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return "–";
        }
        int rank = (int) Math.ceil(share * sorted.size());
        return Long.toString(sorted.get(Math.max(rank, 1) - 1));
    }

    /** Each distinct value with how often it came, e.g. {@code v3 (812)}; {@code none} when there is none. */
    private static String tally(Stream<String> values) {
        Map<String, Long> counts = values.collect(groupingBy(v -> v, TreeMap::new, counting()));
        return counts.isEmpty() ? "none"
                : counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(joining(", "));
    }

    private PipelineMeasurement() {
    }
}
