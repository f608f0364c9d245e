package dev.tandem.model.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The messages the benchmark classifies, always the same ones in the same order: a realistic mix of
 * what customers send, built from the held-out data (never trained on) plus a few synthetic messages.
 *
 * <ul>
 * <li>every 6th row of {@code heldout/heldout-en.csv} and {@code heldout/heldout-fr.csv} (natural
 * messages of every intent, out of scope included, with their own typos and slang);</li>
 * <li>10 messages with typos added (letters dropped, swapped, doubled);</li>
 * <li>8 very short ones ("refund?", "merci", an emoji, another script);</li>
 * <li>4 long ones (~1,000 characters) and one of 4,000 characters, the longest a message may be.</li>
 * </ul>
 * Shuffled with a fixed seed, so that long and short messages are spread over the round.
 */
final class MessageMix {

    /** The longest message the intake accepts. */
    static final int LONGEST = 4_000;
    private static final int LONG = 1_000;
    private static final int STRIDE = 6;
    private static final long SEED = 20_240_601L;

    /** The message texts, in the order the benchmark sends them. */
    final List<String> messages;
    /** The same without the 5 synthetic long ones: natural lengths only (a few hundred characters at most). */
    final List<String> withoutLong;
    /** How many messages of each kind, for the report. */
    final Map<String, Integer> composition = new LinkedHashMap<>();
    /** The one message of {@value #LONGEST} characters. */
    final String longest;

    MessageMix(Path data) {
        List<String> en = texts(data.resolve("heldout/heldout-en.csv"));
        List<String> fr = texts(data.resolve("heldout/heldout-fr.csv"));
        Random random = new Random(SEED);
        List<String> all = new ArrayList<>();

        add(all, "held-out English", every(en, 0));
        add(all, "held-out French", every(fr, 0));
        List<String> typos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            typos.add(typos(every(en, 3).get(i * 7), random));
            typos.add(typos(every(fr, 3).get(i * 7), random));
        }
        add(all, "synthetic typos", typos);
        add(all, "very short", List.of("refund?", "hi", "merci", "ok thx", "où est mon colis", "help!!",
                "😡😡😡", "你好，我的包裹在哪里"));
        add(all, "long (~1,000 chars)", List.of(joined(every(en, 1), LONG), joined(every(fr, 1), LONG),
                joined(every(en, 4), LONG), joined(every(fr, 4), LONG)));
        longest = joined(every(en, 2), LONGEST);
        add(all, "longest (4,000 chars)", List.of(longest));

        Collections.shuffle(all, random);
        messages = List.copyOf(all);
        withoutLong = messages.stream().filter(text -> text.length() < LONG).toList();
    }

    int averageLength() {
        return (int) Math.round(messages.stream().mapToInt(String::length).average().orElse(0));
    }

    private void add(List<String> all, String kind, List<String> texts) {
        all.addAll(texts);
        composition.put(kind, texts.size());
    }

    private static List<String> every(List<String> rows, int offset) {
        List<String> picked = new ArrayList<>();
        for (int i = offset; i < rows.size(); i += STRIDE) {
            picked.add(rows.get(i));
        }
        return picked;
    }

    /** Messages one after the other, as a customer pastes a whole story, cut to {@code length} characters. */
    private static String joined(List<String> texts, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i = (i + 1) % texts.size()) {
            text.append(texts.get(i)).append(' ');
        }
        // Cut as the intake does, at the limit, but never through an emoji.
        return Character.isHighSurrogate(text.charAt(length - 1))
                ? text.substring(0, length - 1) + " "
                : text.substring(0, length);
    }

    /** About one typo every 12 letters: a letter dropped, two swapped, or one doubled. */
    private static String typos(String text, Random random) {
        StringBuilder typed = new StringBuilder(text);
        for (int n = Math.max(1, text.length() / 12); n > 0; n--) {
            int at = 1 + random.nextInt(Math.max(1, typed.length() - 2));
            if (!Character.isLetter(typed.charAt(at))) {
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> typed.deleteCharAt(at);
                case 1 -> {
                    char c = typed.charAt(at);
                    typed.setCharAt(at, typed.charAt(at - 1));
                    typed.setCharAt(at - 1, c);
                }
                default -> typed.insert(at, typed.charAt(at));
            }
        }
        return typed.toString();
    }

    private static List<String> texts(Path file) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Files.newBufferedReader(file))) {
            return rows.readAll().stream().map(row -> row.get("text")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
