package dev.tandem.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataRedactorTest {

    private final PersonalDataRedactor redactor = new PersonalDataRedactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            write to jane.doe+shop@example.co.uk please      | write to [email] please                | email
            my card 4111 1111 1111 1111 was charged twice     | my card [card] was charged twice       | card
            carte 4970-1012-3456-7893 débitée                 | carte [card] débitée                   | card
            IBAN FR76 3000 6000 0112 3456 7890 189 merci      | IBAN [iban] merci                      | iban
            rib fr7630006000011234567890189                   | rib [iban]                             | iban
            appelez-moi au 06 12 34 56 78                     | appelez-moi au [phone]                 | phone
            call me on +44 20 7946 0958 tonight               | call me on [phone] tonight             | phone
            my number is (415) 555-0132                       | my number is [phone]                   | phone
            """)
    void personalDataIsReplacedByItsKind(String text, String expected, String kind) {
        PersonalDataRedactor.Redacted redacted = redactor.redact(text);
        assertThat(redacted.text()).isEqualTo(expected);
        assertThat(redacted.kinds()).containsExactly(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            where is my order 1234
            commande n° 20240117 livrée le 12/03/2024
            I paid 1299.99 EUR on invoice INV-2024-000123
            tracking number 1Z999AA10123456784 please
            the number 4111 1111 1111 1112 fails its check digit
            """)
    void orderNumbersAmountsAndDatesAreLeftReadable(String text) {
        assertThat(redactor.redact(text).text()).isEqualTo(text);
        assertThat(redactor.redact(text).kinds()).isEmpty();
    }
}
