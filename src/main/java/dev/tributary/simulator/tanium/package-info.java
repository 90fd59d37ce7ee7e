/**
 * A contract-faithful fake Tanium Gateway (GraphQL) and Tanium Asset REST API, for tests, demo mode and
 * benchmarks. Entry point: {@link dev.tributary.simulator.tanium.TaniumSimulator}.
 */
@org.springframework.modulith.NamedInterface("tanium")
package dev.tributary.simulator.tanium;
