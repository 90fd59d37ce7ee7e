/**
 * Contract-faithful fake Huntress, Tactical RMM and Tanium servers on loopback, including the
 * quirks and error modes of the real APIs (see {@code shared/reference}). Self-contained: depends on
 * no other Tributary module, so it runs on its own, in tests, in benchmarks and in demo mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulators", allowedDependencies = {})
package dev.tributary.simulator;
