package dev.tributary.huntress.client;

import java.time.Instant;

/** A Huntress agent (host); every field but the id may be null. */
public record Agent(String id, String organizationId, String hostname, String platform, String os, String ipv4Address,
                    String externalIp, String serialNumber, Instant lastCallbackAt) {
}
