package dev.tandem.intake.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Replaces personal data in a customer message with a placeholder such as {@code [email]} before the
 * message reaches the log or the model. Card numbers and IBANs are only redacted when their check
 * digits are valid, so order numbers and amounts stay readable.
 */
@ApplicationScoped
public class PersonalDataRedactor {

    /** A message with its personal data replaced, and the kinds that were found. */
    public record Redacted(String text, List<String> kinds) {
    }

    private record Rule(String kind, Pattern pattern, Predicate<String> confirms) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("email", Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}"), match -> true),
            new Rule("iban", Pattern.compile("(?i)\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"),
                    PersonalDataRedactor::isIban),
            new Rule("card", Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b"), PersonalDataRedactor::passesLuhn),
            // International (+33 6 12 34 56 78, 0044 …), French (06 12 34 56 78) and North American numbers.
            new Rule("phone", Pattern.compile(
                    "(?:\\+|\\b00)\\d{1,3}(?:[ .-]?\\(?\\d+\\)?){3,6}\\d"
                            + "|\\b0\\d(?:[ .-]?\\d{2}){4}\\b"
                            + "|\\(?\\b\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b"),
                    match -> match.replaceAll("\\D", "").length() >= 9));

    public Redacted redact(String text) {
        String result = text;
        List<String> kinds = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(result);
            StringBuilder out = new StringBuilder();
            boolean found = false;
            while (matcher.find()) {
                if (rule.confirms().test(matcher.group())) {
                    matcher.appendReplacement(out, "[" + rule.kind() + "]");
                    found = true;
                }
            }
            matcher.appendTail(out);
            if (found) {
                kinds.add(rule.kind());
                result = out.toString();
            }
        }
        return new Redacted(result, kinds);
    }

    static boolean passesLuhn(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616: move the first four characters to the end, letters to numbers, and the rest modulo 97 is 1. */
    static boolean isIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase();
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
