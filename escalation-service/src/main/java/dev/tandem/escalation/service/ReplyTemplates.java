package dev.tandem.escalation.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.escalation.context.OrderContext;

/**
 * Everything the assistant may say, per intent and language, from {@value #RESOURCE}: approved
 * answers (filled only with real data from the customer-context source), the request to rephrase
 * and the hand-over notice. An answer is signed in its language, saying it comes from the assistant
 * and how to reach a person; a template whose data is missing gives no answer at all.
 */
@ApplicationScoped
public class ReplyTemplates {

    static final String RESOURCE = "/templates/replies.properties";
    private static final String DEFAULT_LANGUAGE = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Properties templates = new Properties();

    public ReplyTemplates() {
        try (InputStream in = ReplyTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No reply templates at " + RESOURCE);
            }
            templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether there is an approved answer to {@code intent} in the customer's language, and its signature. */
    public boolean hasAnswer(String intent, String language) {
        String lang = language(language);
        return templates.containsKey("reply." + intent + "." + lang) && templates.containsKey("signature." + lang);
    }

    /**
     * The approved answer, filled, unsigned (as a draft for an agent); empty when there is none in this
     * language or the order data it quotes is missing.
     */
    public Optional<String> answer(String intent, String language, Optional<OrderContext> order) {
        String lang = language(language);
        String body = templates.getProperty("reply." + intent + "." + lang);
        if (body == null) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        if (order.isPresent()) {
            OrderContext.Order o = order.get().order();
            Map<String, String> details = new HashMap<>();
            put(details, "carrier", o.carrier());
            put(details, "tracking", o.tracking());
            put(details, "shippedOn", date(o.shippedOn(), lang));
            put(details, "expectedOn", date(o.expectedOn(), lang));
            put(details, "deliveredOn", date(o.deliveredOn(), lang));
            values.put("order", o.number());
            fill(templates.getProperty("order." + o.status() + "." + lang), details)
                    .ifPresent(status -> values.put("orderStatus", status));
        }
        return fill(body, values);
    }

    /** The answer as the assistant sends it: signed, saying it is automated and how to reach a person. */
    public String signed(String answer, String language) {
        return answer + " " + templates.getProperty("signature." + language(language));
    }

    /** Asks the customer to say what they need another way. */
    public String rephrase(String language) {
        return templates.getProperty("rephrase." + language(language));
    }

    /** Tells the customer a person takes over, why (a rule or a safety flag), and the wait where known. */
    public String handover(String language, String because, OptionalInt expectedWaitMinutes) {
        String lang = language(language);
        String reason = templates.getProperty("handover.because." + because + "." + lang,
                templates.getProperty("handover.because.intent_mode." + lang));
        String wait = expectedWaitMinutes.isPresent()
                ? " " + templates.getProperty("handover.wait." + lang).replace("{minutes}",
                        Integer.toString(expectedWaitMinutes.getAsInt()))
                : "";
        return templates.getProperty("handover." + lang).replace("{reason}", reason).replace("{wait}", wait);
    }

    /** The customer's language if there is text in it, English otherwise (and for {@code und}). */
    private String language(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        return templates.containsKey("signature." + lang) ? lang : DEFAULT_LANGUAGE;
    }

    /** The template with every placeholder filled; empty when one has no value. */
    private static Optional<String> fill(String template, Map<String, String> values) {
        if (template == null) {
            return Optional.empty();
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String date(LocalDate date, String language) {
        return date == null ? null : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)));
    }
}
