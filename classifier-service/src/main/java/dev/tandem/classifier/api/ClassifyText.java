package dev.tandem.classifier.api;

import jakarta.validation.constraints.NotBlank;

/** A text to classify; its length limit is configuration ({@code tandem.classifier.max-text-length}). */
public record ClassifyText(@NotBlank String text) {
}
