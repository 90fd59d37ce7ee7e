/**
 * The Huntress integration: SOC incident reports polled from the Huntress public API become routed,
 * self-contained tickets. Plugs into the integration kernel as one provider bean
 * ({@link dev.tributary.huntress.HuntressProvider}); the client, the incident poller, planner and
 * processor, the settings and the routing section of the settings page live in sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Huntress",
        allowedDependencies = {"platform", "psa", "integration", "integration :: http"})
package dev.tributary.huntress;
