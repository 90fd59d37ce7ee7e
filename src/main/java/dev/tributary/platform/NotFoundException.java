package dev.tributary.platform;

/** An unknown id, or the id of another tenant's record (answered the same way: 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
