package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFeaturesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            L'adresse de livraison            | adresse de livraison
            J'ai reçu l’article               | ai recu article
            qu'il m'a dit d'attendre          | il a dit attendre
            jusqu'à demain, c'est ça ?        | a demain est ca
            Où EST ma commande ?              | ou est ma commande
            Élève ÇA, Œuvre et cæcum          | eleve ca oeuvre et caecum
            Don't / dont / Don’t              | dont dont dont
            where's my parcel                 | wheres my parcel
            aujourd'hui                       | aujourdhui
            ﬁnally ＦＵＬＬ width               | finally full width
            I 😡 this!!! #fail                 | i this fail
            你好                                | 你好
            """)
    void wordsAreLowerCaseWithoutAccentsElisionsOrPunctuation(String text, String expected) {
        assertThat(TextFeatures.words(text)).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            🙂🙂🙂
            ?!...
            ’ - ’
            """)
    void textWithoutLettersHasNoWords(String text) {
        assertThat(TextFeatures.words(text)).isEmpty();
    }
}
