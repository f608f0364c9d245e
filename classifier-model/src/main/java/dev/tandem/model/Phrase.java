package dev.tandem.model;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

/**
 * A phrase of the flag rules, found in a message when its words appear in order with at most
 * three other words between two of them, so "cancel order" also finds "cancel my last order".
 * A word written with a trailing {@code *} matches every word it begins ({@code annul*}).
 */
record Phrase(List<Word> words) {

    private static final int MAX_GAP = 3;

    record Word(String text, boolean prefix) {

        boolean matches(String word) {
            return prefix ? word.startsWith(text) : word.equals(text);
        }

        boolean matchesOneOf(NavigableSet<String> words) {
            if (!prefix) {
                return words.contains(text);
            }
            // The words a prefix begins sort together, from the prefix itself on.
            String next = words.ceiling(text);
            return next != null && next.startsWith(text);
        }
    }

    Phrase {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A phrase needs at least one word");
        }
        words = List.copyOf(words);
    }

    /** Reads a phrase as written in the model's files, normalized like the messages it is compared with. */
    static Phrase parse(String phrase) {
        List<Word> words = new ArrayList<>();
        for (String written : phrase.trim().split("\\s+")) {
            boolean prefix = written.endsWith("*");
            List<String> parts = TextFeatures.words(prefix ? written.substring(0, written.length() - 1) : written);
            for (int i = 0; i < parts.size(); i++) {
                words.add(new Word(parts.get(i), prefix && i == parts.size() - 1));
            }
        }
        return new Phrase(words);
    }

    /** How much finding this phrase counts: its number of words, as longer phrases are more specific. */
    int weight() {
        return words.size();
    }

    /** Where the phrase begins in the message's words, or -1 when it is not there. */
    int indexIn(List<String> message) {
        for (int start = 0; start < message.size(); start++) {
            if (words.get(0).matches(message.get(start)) && restFollows(message, 1, start)) {
                return start;
            }
        }
        return -1;
    }

    boolean isIn(List<String> message) {
        return indexIn(message) >= 0;
    }

    /**
     * False when a word of the phrase matches none of the message's words, so the phrase cannot be in
     * it: a sorted-set lookup per word instead of a scan of the message.
     */
    boolean mayBeIn(NavigableSet<String> messageWords) {
        for (Word word : words) {
            if (!word.matchesOneOf(messageWords)) {
                return false;
            }
        }
        return true;
    }

    private boolean restFollows(List<String> message, int next, int previous) {
        if (next == words.size()) {
            return true;
        }
        int last = Math.min(message.size() - 1, previous + 1 + MAX_GAP);
        for (int at = previous + 1; at <= last; at++) {
            if (words.get(next).matches(message.get(at)) && restFollows(message, next + 1, at)) {
                return true;
            }
        }
        return false;
    }
}
