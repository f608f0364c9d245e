package dev.tandem.classifier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tandem.model.MessageModel;
import dev.tandem.model.ModelArtifact;
import io.quarkus.runtime.Startup;

/** The trained model shipped in the classifier-model jar, loaded once at start (a broken artifact fails the start). */
@ApplicationScoped
public class ModelProducer {

    @Produces
    @Singleton
    @Startup
    MessageModel model() {
        return ModelArtifact.load();
    }
}
