/**
 * Shared provider-HTTP utilities: a JDK HttpClient wrapper with timeouts, retries honouring
 * {@code Retry-After}, request gates (rate limits), error classification into one actionable
 * sentence, lenient JSON and provider-URL validation.
 */
@org.springframework.modulith.NamedInterface("http")
package dev.tributary.integration.http;
