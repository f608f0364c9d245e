package dev.tandem.classifier.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a message into the words the keyword model compares: lower case, without accents, French
 * elisions dropped ({@code l'adresse} is {@code adresse}) and apostrophes removed, so that "don't",
 * "dont" and "Don’t" are the same word.
 */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ELISION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu)['’ʼ]");
    private static final Pattern APOSTROPHE = Pattern.compile("['’ʼ`]");
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The text lower-cased, without accents, elisions or apostrophes. */
    private static String normalize(String text) {
        // NFKD also folds compatibility forms (ligature "ﬁ", full-width letters) into plain letters.
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae");
        return APOSTROPHE.matcher(ELISION.matcher(folded).replaceAll("")).replaceAll("");
    }

    /** The normalized words of the text, in order; punctuation, symbols and emoji are dropped. */
    static List<String> words(String text) {
        return Arrays.stream(SEPARATOR.split(normalize(text))).filter(word -> !word.isEmpty()).toList();
    }

    private Text() {
    }
}
