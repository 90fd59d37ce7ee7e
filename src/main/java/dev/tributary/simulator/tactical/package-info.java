/**
 * A contract-faithful fake Tactical RMM API server (v1.5.1): beta and classic REST endpoints, Knox
 * and X-API-KEY authentication with TOTP login, the Django/DRF transport quirks, alerts, software
 * inventory and a webhook emitter that reproduces Tactical's URL-action rendering byte for byte.
 * Entry point: {@link dev.tributary.simulator.tactical.TacticalSimulator}.
 */
@org.springframework.modulith.NamedInterface("tactical")
package dev.tributary.simulator.tactical;
