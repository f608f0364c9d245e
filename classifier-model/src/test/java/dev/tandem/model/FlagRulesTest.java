package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlagRulesTest {

    private final FlagRules detector = new FlagRules();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            human_requested   | I want to talk to a human
            human_requested   | can I speak to a real person please
            human_requested   | speak to an agent
            human_requested   | I want a human
            human_requested   | HUMAN
            human_requested   | get me a real human being
            human_requested   | representative
            human_requested   | operator please
            human_requested   | Could you transfer me to a live agent?
            human_requested   | is there someone I can talk to
            human_requested   | let me talk to your manager
            human_requested   | I'd like a callback
            human_requested   | Je veux parler à un conseiller
            human_requested   | je voudrais parler à une conseillère
            human_requested   | un humain svp
            human_requested   | Je veux une vraie personne
            human_requested   | Transférez-moi à un agent
            human_requested   | opérateur
            human_requested   | une opératrice, vite
            human_requested   | passez-moi quelqu'un
            human_requested   | je veux parler à quelqu'un
            human_requested   | pas de bot, une personne
            legal_threat      | I will contact my lawyer
            legal_threat      | I'm going to sue you
            legal_threat      | see you in court
            legal_threat      | my attorney will hear about this
            legal_threat      | je vais contacter mon avocat
            legal_threat      | on se verra au tribunal
            legal_threat      | ceci est une mise en demeure
            legal_threat      | je vais porter plainte
            churn_threat      | I'm switching to a competitor
            churn_threat      | please close my account
            churn_threat      | I'll take my business elsewhere
            churn_threat      | je vais partir chez Amazon
            churn_threat      | c'est la dernière fois que je commande chez vous
            churn_threat      | je vais voir ailleurs
            churn_threat      | je ferme mon compte
            distress          | my husband passed away last week
            distress          | I can't cope anymore
            distress          | I'm in hospital and can't collect it
            distress          | I lost my job and can't pay
            distress          | mon père est décédé
            distress          | je suis au chômage
            distress          | je suis à l'hôpital
            distress          | je n'en peux plus
            fraud_or_security | my account was hacked
            fraud_or_security | I didn't make this charge
            fraud_or_security | someone stole my card, stolen card
            fraud_or_security | is this email phishing?
            fraud_or_security | mon compte a été piraté
            fraud_or_security | je n'ai pas fait cet achat
            fraud_or_security | ma carte volée a été utilisée
            fraud_or_security | c'est une fraude
            """)
    void everyWordingRaisesItsFlagInBothLanguages(String flag, String message) {
        assertThat(detector.detect(TextFeatures.words(message))).contains(flag);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "where is my order 1234",
            "what payment methods do you accept?",
            "je voudrais annuler ma commande",
            "quels sont vos délais de livraison ?",
            "你好" })
    void anOrdinaryRequestRaisesNoFlag(String message) {
        assertThat(detector.detect(TextFeatures.words(message))).isEmpty();
    }
}
