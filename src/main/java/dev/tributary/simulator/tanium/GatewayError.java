package dev.tributary.simulator.tanium;

/** A GraphQL execution error: the message goes to {@code errors[].message}, the field becomes null. */
final class GatewayError extends RuntimeException {

    GatewayError(String message) {
        super(message, null, false, false);
    }
}
