package dev.tributary.integration.http;

/** Waits until a request may be sent (a rate limit); shared by every thread using the same key. */
@FunctionalInterface
public interface RequestGate {

    RequestGate OPEN = () -> { };

    void acquire() throws InterruptedException;
}
