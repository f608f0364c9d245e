package dev.tandem.intake.api;

import jakarta.validation.constraints.NotBlank;

/** A customer message; its length limit is configuration ({@code tandem.intake.max-message-length}). */
public record SendMessage(@NotBlank String text) {
}
