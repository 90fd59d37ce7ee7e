/**
 * Demo mode (the {@code demo} profile, or {@code --demo}): seeds a "Demo MSP" tenant, starts the
 * simulators on loopback, connects Huntress, Tactical RMM and Tanium to them with routing and
 * mappings configured, runs the first poll and syncs, and keeps the simulators producing
 * activity so the dashboard changes while you watch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"platform", "psa", "integration", "simulator", "simulator :: huntress", "simulator :: tactical",
            "simulator :: tanium"})
package dev.tributary.demo;
