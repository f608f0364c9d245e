package dev.tandem.escalation.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The approved answers the assistant may send, per intent and language, from
 * {@value #RESOURCE}. Every answer ends with its language's signature, which says it comes from
 * the assistant and how to reach a person.
 */
@ApplicationScoped
public class ReplyTemplates {

    static final String RESOURCE = "/templates/replies.properties";
    /** The classifier's code for a language it could not tell; such customers are answered in English. */
    private static final String UNKNOWN_LANGUAGE = "und";
    private static final String DEFAULT_LANGUAGE = "en";

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

    /** The approved answer to {@code intent} in {@code language}, signed; empty when there is none. */
    public Optional<String> find(String intent, String language) {
        String lang = UNKNOWN_LANGUAGE.equals(language) ? DEFAULT_LANGUAGE : language.toLowerCase(Locale.ROOT);
        String body = templates.getProperty("reply." + intent + "." + lang);
        String signature = templates.getProperty("signature." + lang);
        // Without its signature an answer would not say it is automated: it is not approved.
        return body == null || signature == null ? Optional.empty() : Optional.of(body + " " + signature);
    }
}
