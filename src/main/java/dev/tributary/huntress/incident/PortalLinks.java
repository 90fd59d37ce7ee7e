package dev.tributary.huntress.incident;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The one place that builds the Huntress portal deep link of an incident report. Huntress does not
 * document the path; the template (default {@code https://{subdomain}.huntress.io/org/{organization_id}/infection_reports/{id}})
 * is configurable so a correction is a setting, not a code change. Without a usable subdomain the
 * bare {@code huntress.io} host is used; without an organization the {@code /org/...} segment is dropped.
 */
public final class PortalLinks {

    private static final Pattern SUBDOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private final String template;

    public PortalLinks(String template) {
        this.template = template;
    }

    public String incident(String subdomain, String organizationId, String incidentId) {
        String url = template;
        if (subdomain == null || !SUBDOMAIN.matcher(subdomain).matches()) {
            url = url.replace("{subdomain}.", "");
        } else {
            url = url.replace("{subdomain}", subdomain.toLowerCase(java.util.Locale.ROOT));
        }
        if (organizationId == null || organizationId.isBlank()) {
            url = url.replace("/org/{organization_id}", "");
        } else {
            url = url.replace("{organization_id}", encode(organizationId));
        }
        return url.replace("{id}", encode(incidentId == null ? "" : incidentId));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value.trim(), StandardCharsets.UTF_8);
    }
}
