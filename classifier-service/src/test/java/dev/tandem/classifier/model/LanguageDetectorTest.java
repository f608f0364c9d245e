package dev.tandem.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Where is my order? It still hasn't arrived.          | en
            I want to talk to a human                            | en
            cancel order 1234 please                             | en
            Bonjour, je voudrais annuler ma commande             | fr
            Où est mon colis ?                                   | fr
            L'adresse de livraison est fausse                    | fr
            remboursement svp                                    | fr
            你好                                                   | und
            🙂🙂🙂                                                  | und
            ok                                                   | und
            asdfghjkl                                            | und
            """)
    void theLanguageWithMoreOfItsOwnWordsWins(String message, String language) {
        assertThat(detector.detect(Text.words(message))).isEqualTo(language);
    }
}
