package dev.tandem.contracts;

/** A record that is not a valid event of the expected type: it can never be processed, only dead-lettered. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
