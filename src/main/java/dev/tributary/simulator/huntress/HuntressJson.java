package dev.tributary.simulator.huntress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders the model in Huntress's wire shapes (key order as in real responses) and reads it back from JSON. */
final class HuntressJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Incident reports inline only the first 10 remediations. */
    static final int INLINED_REMEDIATIONS = 10;

    private HuntressJson() {
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ObjectNode error(String message) {
        return object().put("error", message);
    }

    // ---------------------------------------------------------------- rendering

    static ObjectNode account(HuntressAccount account) {
        ObjectNode node = object();
        node.put("id", account.id);
        node.put("name", account.name);
        node.put("subdomain", account.subdomain);
        node.put("status", account.status);
        node.put("support_type", account.supportType);
        if (account.neighborhoodWatch == null) {
            node.putNull("neighborhood_watch");
        } else {
            ObjectNode seats = node.putObject("neighborhood_watch");
            account.neighborhoodWatch.forEach(seats::put);
        }
        address(node, "billing_address", account.billingAddress);
        address(node, "shipping_address", account.shippingAddress);
        return node;
    }

    private static void address(ObjectNode parent, String field, HuntressAddress address) {
        if (address == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode node = parent.putObject(field);
        node.put("line1", address.line1());
        node.put("line2", address.line2());
        node.put("city", address.city());
        node.put("state", address.state());
        node.put("postal_code", address.postalCode());
        node.put("country", address.country());
    }

    static ObjectNode organization(HuntressStore.OrganizationRow row) {
        HuntressOrganization org = row.organization();
        ObjectNode node = object();
        node.put("id", org.id);
        node.put("agents_count", row.agentsCount());
        node.put("account_id", org.accountId);
        node.put("created_at", timestamp(org.createdAt));
        node.put("incident_reports_count", row.incidentReportsCount());
        node.put("key", org.key);
        node.put("logs_sources_count", org.logsSourcesCount);
        node.put("identity_provider_tenant_id", org.identityProviderTenantId);
        node.put("billable_identity_count", org.billableIdentityCount);
        node.put("name", org.name);
        strings(node, "report_recipients", org.reportRecipients);
        node.put("sat_learner_count", org.satLearnerCount);
        node.put("updated_at", timestamp(org.updatedAt));
        node.put("microsoft_365_tenant_id", org.microsoft365TenantId);
        node.put("microsoft_365_users_count", org.microsoft365UsersCount);
        strings(node, "notify_emails", org.notifyEmails);
        return node;
    }

    /** {@code OrganizationWithActualProductUsages}: the single GET adds usage figures derived from the stored data. */
    static ObjectNode organizationWithUsages(HuntressStore.OrganizationRow row, Instant now) {
        HuntressOrganization org = row.organization();
        ObjectNode node = organization(row);
        ObjectNode usages = node.putObject("actual_usages");
        ObjectNode siem = usages.putObject("siem");
        siem.put("billable_log_sources_count", org.logsSourcesCount);
        siem.put("retention", "90/7");
        OffsetDateTime monthStart = now.atOffset(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        billingCycle(siem.putObject("current_billing_cycle"), org.logsSourcesCount * 1.25, monthStart,
                monthStart.plusMonths(1));
        billingCycle(siem.putObject("previous_billing_cycle"), org.logsSourcesCount * 1.1, monthStart.minusMonths(1),
                monthStart);
        ObjectNode edr = usages.putObject("edr");
        edr.put("billable_agents_count", row.agentsCount());
        edr.put("unresponsive_agents_count", row.unresponsiveAgents());
        edr.put("outdated_agents_count", 0);
        edr.put("isolated_agents_count", row.isolatedAgents());
        usages.putObject("sat").put("learners_count", org.satLearnerCount);
        ArrayNode ispm = usages.putArray("ispm");
        ArrayNode itdr = usages.putArray("itdr");
        if (org.identityProviderTenantId != null) {
            for (ArrayNode target : List.of(ispm, itdr)) {
                ObjectNode usage = target.addObject();
                usage.put("type", "microsoft");
                usage.put("identity_provider_tenant_id", org.identityProviderTenantId);
                usage.put("billable_identities_count", org.billableIdentityCount);
                usage.put("total_identities_count", org.billableIdentityCount + org.billableIdentityCount / 5);
            }
        }
        return node;
    }

    private static void billingCycle(ObjectNode node, double gigabytes, OffsetDateTime start, OffsetDateTime end) {
        node.put("online_gb", Math.round(gigabytes * 100) / 100.0);
        node.put("service_period_start", timestamp(start.toInstant()));
        node.put("service_period_end", timestamp(end.toInstant()));
    }

    static ObjectNode agent(HuntressAgent agent) {
        ObjectNode node = object();
        node.put("id", agent.id);
        node.put("account_id", agent.accountId);
        node.put("arch", agent.arch);
        node.put("created_at", timestamp(agent.createdAt));
        node.put("domain_name", agent.domainName);
        node.put("edr_version", agent.edrVersion);
        node.put("external_ip", agent.externalIp);
        node.put("hostname", agent.hostname);
        node.put("defender_policy_status", agent.defenderPolicyStatus);
        node.put("defender_status", agent.defenderStatus);
        node.put("defender_substatus", agent.defenderSubstatus);
        node.put("firewall_status", agent.firewallStatus);
        node.put("tamper_protection_configured", agent.tamperProtectionConfigured);
        node.put("tamper_protection_actual", agent.tamperProtectionActual);
        node.put("ipv4_address", agent.ipv4Address);
        node.put("last_callback_at", timestamp(agent.lastCallbackAt));
        node.put("last_survey_at", timestamp(agent.lastSurveyAt));
        strings(node, "mac_addresses", agent.macAddresses);
        node.put("service_pack_major", agent.servicePackMajor);
        node.put("service_pack_minor", agent.servicePackMinor);
        node.put("organization_id", agent.organizationId);
        node.put("os", agent.os);
        node.put("os_build_version", agent.osBuildVersion);
        node.put("os_major", agent.osMajor);
        node.put("os_minor", agent.osMinor);
        node.put("os_patch", agent.osPatch);
        node.put("platform", agent.platform);
        node.put("serial_number", agent.serialNumber);
        strings(node, "tags", agent.tags);
        node.put("updated_at", timestamp(agent.updatedAt));
        node.put("version", agent.version);
        node.put("version_number", agent.versionNumber);
        node.put("win_build_number", agent.winBuildNumber);
        return node;
    }

    /**
     * An incident report. {@code remediationsAsArray} produces the historic shape (a bare array of every
     * remediation) instead of {@code {total_count, has_more, items}} with the first 10.
     */
    static ObjectNode incident(HuntressIncident incident, boolean remediationsAsArray) {
        ObjectNode node = object();
        node.put("id", incident.id);
        node.put("account_id", incident.accountId);
        node.put("agent_id", incident.agentId);
        node.put("organization_id", incident.organizationId);
        node.put("body", incident.body);
        node.put("closed_at", timestamp(incident.closedAt));
        if (incident.indicatorCounts == null) {
            node.putNull("indicator_counts");
        } else {
            ObjectNode counts = node.putObject("indicator_counts");
            incident.indicatorCounts.forEach(counts::put);
        }
        strings(node, "indicator_types", incident.indicatorTypes);
        node.put("platform", incident.platform);
        List<HuntressRemediation> all = incident.remediations;
        if (all == null) {
            node.putNull("remediations");
        } else if (remediationsAsArray) {
            ArrayNode items = node.putArray("remediations");
            all.forEach(remediation -> items.add(remediation(remediation)));
        } else {
            ObjectNode remediations = node.putObject("remediations");
            remediations.put("total_count", all.size());
            remediations.put("has_more", all.size() > INLINED_REMEDIATIONS);
            ArrayNode items = remediations.putArray("items");
            all.stream().limit(INLINED_REMEDIATIONS).forEach(remediation -> items.add(remediation(remediation)));
        }
        node.put("sent_at", timestamp(incident.sentAt));
        node.put("severity", incident.severity);
        node.put("status", incident.status);
        node.put("status_updated_at", timestamp(incident.statusUpdatedAt));
        node.put("subject", incident.subject);
        node.put("summary", incident.summary);
        node.put("updated_at", timestamp(incident.updatedAt));
        return node;
    }

    static ObjectNode remediation(HuntressRemediation remediation) {
        ObjectNode node = object();
        node.put("id", remediation.id);
        node.put("type", remediation.type);
        node.put("action", remediation.action);
        if (remediation.parametersText != null) {
            node.put("parameters", remediation.parametersText);
        } else if (remediation.parameters == null) {
            node.putNull("parameters");
        } else {
            ArrayNode parameters = node.putArray("parameters");
            for (HuntressRemediation.Parameter parameter : remediation.parameters) {
                parameters.addObject().put("name", parameter.name()).put("description", parameter.description());
            }
        }
        node.put("status", remediation.status);
        node.put("approved_at", timestamp(remediation.approvedAt));
        HuntressUser user = remediation.approvedBy;
        if (user == null) {
            node.putNull("approved_by");
        } else {
            ObjectNode by = node.putObject("approved_by");
            if (user.id() instanceof Long id) {
                by.put("id", id);
            } else {
                by.put("id", (String) user.id());
            }
            by.put("email", user.email());
            by.put("name", user.name());
        }
        node.put("completed_at", timestamp(remediation.completedAt));
        return node;
    }

    private static void strings(ObjectNode parent, String field, List<String> values) {
        if (values == null) {
            parent.putNull(field);
            return;
        }
        ArrayNode array = parent.putArray(field);
        values.forEach(array::add);
    }

    // ---------------------------------------------------------------- parsing (fixtures, seeding from JSON)

    static HuntressAccount parseAccount(JsonNode node) {
        HuntressAccount account = new HuntressAccount(node.path("id").asLong(), text(node, "name"), text(node, "subdomain"));
        account.status = text(node, "status");
        account.supportType = text(node, "support_type");
        JsonNode seats = node.get("neighborhood_watch");
        if (seats == null || seats.isNull()) {
            account.neighborhoodWatch = null;
        } else {
            account.neighborhoodWatch = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> seat : seats.properties()) {
                account.neighborhoodWatch.put(seat.getKey(), seat.getValue().asInt());
            }
        }
        account.billingAddress = parseAddress(node.get("billing_address"));
        account.shippingAddress = parseAddress(node.get("shipping_address"));
        return account;
    }

    private static HuntressAddress parseAddress(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new HuntressAddress(text(node, "line1"), text(node, "line2"), text(node, "city"), text(node, "state"),
                text(node, "postal_code"), text(node, "country"));
    }

    /** Reads an organization; the counts it claims become the unmodeled counts (the caller may adjust them). */
    static HuntressOrganization parseOrganization(JsonNode node) {
        HuntressOrganization org = new HuntressOrganization(node.path("id").asLong(), node.path("account_id").asLong(),
                text(node, "name"), text(node, "key"));
        org.unmodeledAgents = node.path("agents_count").asLong();
        org.unmodeledIncidentReports = node.path("incident_reports_count").asLong();
        org.logsSourcesCount = node.path("logs_sources_count").asLong();
        org.identityProviderTenantId = text(node, "identity_provider_tenant_id");
        org.billableIdentityCount = node.path("billable_identity_count").asLong();
        org.reportRecipients = strings(node.get("report_recipients"));
        org.satLearnerCount = node.path("sat_learner_count").asLong();
        org.createdAt = instant(node, "created_at");
        org.updatedAt = instant(node, "updated_at");
        org.microsoft365TenantId = text(node, "microsoft_365_tenant_id");
        org.microsoft365UsersCount = node.path("microsoft_365_users_count").asLong();
        org.notifyEmails = strings(node.get("notify_emails"));
        return org;
    }

    static HuntressAgent parseAgent(JsonNode node) {
        HuntressAgent agent = new HuntressAgent(node.path("id").asLong(), node.path("account_id").asLong(),
                node.path("organization_id").asLong(), text(node, "hostname"), text(node, "platform"));
        agent.arch = text(node, "arch");
        agent.createdAt = instant(node, "created_at");
        agent.domainName = text(node, "domain_name");
        agent.edrVersion = text(node, "edr_version");
        agent.externalIp = text(node, "external_ip");
        agent.defenderPolicyStatus = text(node, "defender_policy_status");
        agent.defenderStatus = text(node, "defender_status");
        agent.defenderSubstatus = text(node, "defender_substatus");
        agent.firewallStatus = text(node, "firewall_status");
        agent.tamperProtectionConfigured = bool(node, "tamper_protection_configured");
        agent.tamperProtectionActual = bool(node, "tamper_protection_actual");
        agent.ipv4Address = text(node, "ipv4_address");
        agent.lastCallbackAt = instant(node, "last_callback_at");
        agent.lastSurveyAt = instant(node, "last_survey_at");
        agent.macAddresses = strings(node.get("mac_addresses"));
        agent.servicePackMajor = integer(node, "service_pack_major");
        agent.servicePackMinor = integer(node, "service_pack_minor");
        agent.os = text(node, "os");
        agent.osBuildVersion = text(node, "os_build_version");
        agent.osMajor = integer(node, "os_major");
        agent.osMinor = integer(node, "os_minor");
        agent.osPatch = integer(node, "os_patch");
        agent.serialNumber = text(node, "serial_number");
        agent.tags = strings(node.get("tags"));
        agent.updatedAt = instant(node, "updated_at");
        agent.version = text(node, "version");
        agent.versionNumber = integer(node, "version_number");
        agent.winBuildNumber = integer(node, "win_build_number");
        return agent;
    }

    /**
     * Reads an incident report. Only inlined remediations can be read; the caller pads the list when
     * {@code total_count} says there are more. {@code created_at} (not in the model) defaults to {@code sent_at}.
     */
    static HuntressIncident parseIncident(JsonNode node) {
        HuntressIncident incident = new HuntressIncident();
        incident.id = node.path("id").asLong();
        incident.accountId = node.path("account_id").asLong();
        incident.agentId = longOrNull(node, "agent_id");
        incident.organizationId = longOrNull(node, "organization_id");
        incident.body = text(node, "body");
        incident.closedAt = instant(node, "closed_at");
        JsonNode counts = node.get("indicator_counts");
        if (counts == null || counts.isNull()) {
            incident.indicatorCounts = null;
        } else {
            incident.indicatorCounts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> count : counts.properties()) {
                incident.indicatorCounts.put(count.getKey(), count.getValue().asInt());
            }
        }
        incident.indicatorTypes = strings(node.get("indicator_types"));
        incident.platform = text(node, "platform");
        JsonNode remediations = node.get("remediations");
        if (remediations == null || remediations.isNull()) {
            incident.remediations = null;
        } else {
            JsonNode items = remediations.isArray() ? remediations : remediations.path("items");
            incident.remediations = new ArrayList<>();
            for (JsonNode item : items) {
                incident.remediations.add(parseRemediation(item));
            }
        }
        incident.sentAt = instant(node, "sent_at");
        incident.severity = text(node, "severity");
        incident.status = text(node, "status");
        incident.statusUpdatedAt = instant(node, "status_updated_at");
        incident.subject = text(node, "subject");
        incident.summary = text(node, "summary");
        incident.updatedAt = instant(node, "updated_at");
        incident.createdAt = incident.sentAt != null ? incident.sentAt : incident.updatedAt;
        return incident;
    }

    static HuntressRemediation parseRemediation(JsonNode node) {
        HuntressRemediation remediation = new HuntressRemediation(node.path("id").asLong(), text(node, "type"),
                text(node, "action"), text(node, "status"));
        JsonNode parameters = node.get("parameters");
        if (parameters == null || parameters.isNull()) {
            remediation.parameters = null;
        } else if (parameters.isString()) {
            remediation.parametersText = parameters.asString();
            remediation.parameters = null;
        } else if (parameters.isArray()) {
            for (JsonNode parameter : parameters) {
                if (!parameter.isObject()) {
                    throw new IllegalArgumentException("Unsupported remediation parameter " + parameter);
                }
                remediation.parameters.add(new HuntressRemediation.Parameter(text(parameter, "name"),
                        text(parameter, "description")));
            }
        } else {
            throw new IllegalArgumentException("Unsupported remediation parameters " + parameters);
        }
        remediation.approvedAt = instant(node, "approved_at");
        JsonNode by = node.get("approved_by");
        if (by != null && !by.isNull()) {
            JsonNode id = by.get("id");
            Object userId = id.isIntegralNumber() ? (Object) id.asLong() : id.asString();
            remediation.approvedBy = new HuntressUser(userId, text(by, "email"), text(by, "name"));
        }
        remediation.completedAt = instant(node, "completed_at");
        return remediation;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Long longOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : OffsetDateTime.parse(value).toInstant();
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asString()));
        return values;
    }
}
