package dev.tributary.platform;

/** The request clashes with the current state (for example a run already in progress); answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
