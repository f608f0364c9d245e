package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cancel order          | cancel order 1234                         | true
            cancel order          | can you cancel my last order              | true
            cancel order          | cancel it now, and the whole order        | false
            cancel order          | my order, cancel it                       | false
            annul* commande*      | je voudrais l'annulation de mes commandes | true
            annul* commande*      | Annulez la commande !                     | true
            mot de passe          | mon mot de passe oublié                   | true
            l'adresse             | changer d'adresse                         | true
            agent                 | agents                                    | false
            agent*                | agents                                    | true
            opérateur*            | OPERATRICE ou operateur                   | true
            """)
    void aPhraseIsFoundInOrderWithFewWordsBetween(String phrase, String message, boolean found) {
        List<String> words = TextFeatures.words(message);
        assertThat(Phrase.parse(phrase).isIn(words)).isEqualTo(found);
        // The quick check never rules out a phrase that is there.
        if (found) {
            assertThat(Phrase.parse(phrase).mayBeIn(new TreeSet<>(words))).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cancel order          | please cancel it                          | false
            cancel order          | my order, cancel it                       | true
            annul* commande*      | rien à voir                               | false
            annul* commande*      | commandes annulées                        | true
            annul* commande*      | annulez tout                              | false
            agent*                | un agent svp                              | true
            agent*                | age                                       | false
            mot de passe          | mon mot de passe oublié                   | true
            """)
    void aPhraseWithAWordTheMessageLacksIsRuledOutWithoutAScan(String phrase, String message, boolean may) {
        assertThat(Phrase.parse(phrase).mayBeIn(new TreeSet<>(TextFeatures.words(message)))).isEqualTo(may);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cancel order          | 2
            annul* commande*      | 2
            mot de passe          | 3
            parlez-moi            | 2
            """)
    void aPhraseWeighsItsNumberOfWords(String phrase, int weight) {
        assertThat(Phrase.parse(phrase).weight()).isEqualTo(weight);
    }
}
