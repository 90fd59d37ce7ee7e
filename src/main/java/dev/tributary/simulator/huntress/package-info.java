/**
 * A contract-faithful fake of the Huntress public REST API v1 ({@link dev.tributary.simulator.huntress.HuntressSimulator}):
 * HTTP Basic auth, the per-account sliding-window rate limit, wrapped single resources, token pagination
 * with its traps, and switchable faults. Plain Java on the JDK HTTP server; depends on nothing else in
 * Tributary, so tests, demo mode and benchmarks can use it alike.
 */
@org.springframework.modulith.NamedInterface("huntress")
package dev.tributary.simulator.huntress;
