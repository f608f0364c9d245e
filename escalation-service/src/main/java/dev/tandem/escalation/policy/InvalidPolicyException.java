package dev.tandem.escalation.policy;

import java.util.List;

import dev.tandem.problem.Problem.FieldError;

/** A policy file that cannot be put in force, with every field that is wrong. */
public class InvalidPolicyException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidPolicyException(List<FieldError> errors) {
        super("Invalid policy: " + errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
