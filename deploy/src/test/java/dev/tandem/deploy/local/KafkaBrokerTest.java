package dev.tandem.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;

class KafkaBrokerTest {

    /** One id in 64 would start with '-' if drawn blindly; the storage tool then reads it as an option. */
    @RepeatedTest(500)
    void aClusterIdIsNeverReadAsAnOption() {
        assertThat(KafkaBroker.newClusterId()).doesNotStartWith("-").matches("[A-Za-z0-9_-]{22}");
    }
}
