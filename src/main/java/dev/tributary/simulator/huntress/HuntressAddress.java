package dev.tributary.simulator.huntress;

/** A postal address on an account ({@code billing_address}, {@code shipping_address}); every part may be null. */
public record HuntressAddress(String line1, String line2, String city, String state, String postalCode, String country) {
}
