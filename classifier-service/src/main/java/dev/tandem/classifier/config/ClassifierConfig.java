package dev.tandem.classifier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How classifier-service accepts texts to classify. */
@ConfigMapping(prefix = "tandem.classifier")
public interface ClassifierConfig {

    /** The longest text the classify endpoint accepts, in characters; the same limit as a customer message. */
    @WithDefault("4000")
    int maxTextLength();
}
