/**
 * The web shell: layout and navigation, dashboard, ticket/asset/alert pages, service-desk setup
 * pages and Settings → Integrations (sections rendered from the provider registry). Server-side
 * Thymeleaf with htmx; every value is escaped.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {"platform", "psa", "integration"})
package dev.tributary.web;
