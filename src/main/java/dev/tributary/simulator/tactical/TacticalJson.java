package dev.tributary.simulator.tactical;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The serializers: one method per DRF serializer, with Tactical's field order, types and omitted
 * keys. Callers hold the store's read lock.
 */
final class TacticalJson {

    private static final List<String> ALL_TIMEZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private TacticalJson() {
    }

    // ------------------------------------------------------------------ beta

    /** Beta {@code ClientSerializer} ({@code __all__}). */
    static ObjectNode betaClient(TacticalClient client) {
        ObjectNode node = JsonNodes.object();
        node.put("id", client.id());
        audit(node, client.createdBy(), client.createdTime(), client.modifiedBy(), client.modifiedTime());
        node.put("name", client.name());
        node.put("block_policy_inheritance", client.blockPolicyInheritance());
        node.set("failing_checks", failingChecks(client.failingChecks()));
        node.put("workstation_policy", client.workstationPolicy());
        node.put("server_policy", client.serverPolicy());
        node.put("alert_template", client.alertTemplate());
        return node;
    }

    /** Beta {@code SiteSerializer} ({@code __all__}). */
    static ObjectNode betaSite(TacticalSite site) {
        ObjectNode node = JsonNodes.object();
        node.put("id", site.id());
        audit(node, site.createdBy(), site.createdTime(), site.modifiedBy(), site.modifiedTime());
        node.put("name", site.name());
        node.put("block_policy_inheritance", site.blockPolicyInheritance());
        node.set("failing_checks", failingChecks(site.failingChecks()));
        node.put("client", site.client());
        node.put("workstation_policy", site.workstationPolicy());
        node.put("server_policy", site.serverPolicy());
        node.put("alert_template", site.alertTemplate());
        return node;
    }

    /** Beta {@code ListAgentSerializer}: model fields only, no status, no derived hardware fields. */
    static ObjectNode betaAgentListRow(TacticalAgent agent) {
        ObjectNode node = JsonNodes.object();
        node.put("id", agent.id());
        audit(node, agent.createdBy(), agent.createdTime(), agent.modifiedBy(), agent.modifiedTime());
        agentModelFields(node, agent, false);
        node.put("default_shell", agent.defaultShell());
        node.put("default_shell_custom", agent.defaultShellCustom());
        node.put("alert_template", agent.alertTemplate());
        node.put("site", agent.site());
        node.put("policy", agent.policy());
        return node;
    }

    /** Beta {@code DetailAgentSerializer}: the §2.5 field list, computed extras included. */
    static ObjectNode betaAgentDetail(TacticalAgent agent, Instant now) {
        ObjectNode node = JsonNodes.object();
        agentModelFields(node, agent, true);
        node.put("alert_template", agent.alertTemplate());
        node.put("site", agent.site());
        node.put("policy", agent.policy());
        node.put("status", agent.status(now));
        node.set("checks", checks(agent.checks()));
        node.put("pending_actions_count", agent.pendingActionsCount());
        node.set("cpu_model", AgentDerived.cpuModel(agent));
        node.put("graphics", AgentDerived.graphics(agent));
        node.put("local_ips", AgentDerived.localIps(agent));
        node.put("make_model", AgentDerived.makeModel(agent));
        node.set("physical_disks", AgentDerived.physicalDisks(agent));
        node.put("serial_number", AgentDerived.serialNumber(agent));
        return node;
    }

    /** The model fields shared by the list and detail serializers, {@code version} .. {@code block_policy_inheritance}. */
    private static void agentModelFields(ObjectNode node, TacticalAgent agent, boolean withHexMeshId) {
        node.put("version", agent.version());
        node.put("operating_system", agent.operatingSystem());
        node.put("plat", agent.plat());
        node.put("goarch", agent.goarch());
        node.put("hostname", agent.hostname());
        node.put("agent_id", agent.agentId());
        JsonNodes.putTime(node, "last_seen", agent.lastSeen());
        node.set("services", agent.servicesForResponse());
        node.put("public_ip", agent.publicIp());
        node.put("total_ram", agent.totalRam());
        node.set("disks", agent.disks());
        node.put("boot_time", agent.bootTime());
        node.put("logged_in_username", agent.loggedInUsername());
        node.put("last_logged_in_user", agent.lastLoggedInUser());
        node.put("monitoring_type", agent.monitoringType());
        node.put("description", agent.description());
        node.put("mesh_node_id", agent.meshNodeId());
        if (withHexMeshId) {
            node.put("hex_mesh_node_id", AgentDerived.hexMeshNodeId(agent.meshNodeId()));
        }
        node.put("overdue_email_alert", agent.overdueEmailAlert());
        node.put("overdue_text_alert", agent.overdueTextAlert());
        node.put("overdue_dashboard_alert", agent.overdueDashboardAlert());
        node.put("offline_time", agent.offlineTime());
        node.put("overdue_time", agent.overdueTime());
        node.put("check_interval", agent.checkInterval());
        node.put("needs_reboot", agent.needsReboot());
        node.put("choco_installed", agent.chocoInstalled());
        node.set("wmi_detail", agent.wmiDetail());
        JsonNodes.putTime(node, "patches_last_installed", agent.patchesLastInstalled());
        node.put("time_zone", agent.timeZone());
        node.put("maintenance_mode", agent.maintenanceMode());
        node.put("block_policy_inheritance", agent.blockPolicyInheritance());
    }

    // ------------------------------------------------------------------ non-beta agents

    /** {@code AgentTableSerializer} of {@code GET /agents/}; {@code policy} is absent when null. */
    static ObjectNode agentTableRow(TacticalAgent agent, TacticalStore store, Instant now) {
        TacticalSite site = store.siteOf(agent);
        TacticalClient client = store.clientOf(agent);
        String status = agent.status(now);
        ObjectNode node = JsonNodes.object();
        node.put("agent_id", agent.agentId());
        TacticalAlertTemplate template = agent.alertTemplate() == null ? null
                : store.alertTemplates.get(agent.alertTemplate());
        if (template == null) {
            node.putNull("alert_template");
        } else {
            ObjectNode t = node.putObject("alert_template");
            t.put("name", template.name());
            t.put("always_email", template.agentAlwaysEmail());
            t.put("always_text", template.agentAlwaysText());
            t.put("always_alert", template.agentAlwaysAlert());
        }
        node.put("hostname", agent.hostname());
        node.put("site_name", site == null ? null : site.name());
        node.put("client_name", client == null ? null : client.name());
        node.put("monitoring_type", agent.monitoringType());
        node.put("description", agent.description());
        node.put("needs_reboot", agent.needsReboot());
        node.put("pending_actions_count", agent.pendingActionsCount());
        node.put("status", status);
        node.put("overdue_text_alert", agent.overdueTextAlert());
        node.put("overdue_email_alert", agent.overdueEmailAlert());
        node.put("overdue_dashboard_alert", agent.overdueDashboardAlert());
        JsonNodes.putTime(node, "last_seen", agent.lastSeen());
        node.put("boot_time", agent.bootTime());
        node.set("checks", checks(agent.checks()));
        node.put("maintenance_mode", agent.maintenanceMode());
        node.put("logged_username", AgentDerived.loggedUsername(agent, status));
        node.put("italic", AgentDerived.italic(agent, status));
        if (agent.policy() != null) {
            node.put("policy", agent.policy());
        }
        node.put("block_policy_inheritance", agent.blockPolicyInheritance());
        node.put("plat", agent.plat());
        node.put("goarch", agent.goarch());
        node.put("has_patches_pending", agent.hasPatchesPending());
        node.put("version", agent.version());
        node.put("operating_system", agent.operatingSystem());
        node.put("public_ip", agent.publicIp());
        node.set("cpu_model", AgentDerived.cpuModel(agent));
        node.put("graphics", AgentDerived.graphics(agent));
        node.put("local_ips", AgentDerived.localIps(agent));
        node.put("make_model", AgentDerived.makeModel(agent));
        node.set("physical_disks", AgentDerived.physicalDisks(agent));
        node.set("custom_fields", customFields(agent.customFields(), "agent", agent.id()));
        node.put("serial_number", AgentDerived.serialNumber(agent));
        return node;
    }

    /** {@code GET /agents/?detail=false}: the cheap pk / agent_id / names map. */
    static ObjectNode agentHostname(TacticalAgent agent, TacticalStore store) {
        TacticalSite site = store.siteOf(agent);
        TacticalClient client = store.clientOf(agent);
        ObjectNode node = JsonNodes.object();
        node.put("id", agent.id());
        node.put("hostname", agent.hostname());
        node.put("agent_id", agent.agentId());
        node.put("client", client == null ? null : client.name());
        node.put("site", site == null ? null : site.name());
        return node;
    }

    /**
     * {@code AgentSerializer} of {@code GET /agents/{agent_id}/}: declared extras first, then the model
     * fields without {@code id}; {@code client} is the client name. No {@code serial_number}.
     */
    static ObjectNode agentDetail(TacticalAgent agent, TacticalStore store, Instant now) {
        TacticalSite site = store.siteOf(agent);
        TacticalClient client = store.clientOf(agent);
        ObjectNode node = JsonNodes.object();
        ArrayNode policy = node.putArray("winupdatepolicy");
        ObjectNode update = policy.addObject();
        update.put("id", agent.id());
        update.put("agent", agent.id());
        update.putNull("policy");
        update.put("critical", "inherit");
        update.put("important", "inherit");
        update.put("moderate", "inherit");
        update.put("low", "inherit");
        update.put("other", "inherit");
        update.put("run_time_hour", 3);
        update.put("run_time_frequency", "inherit");
        update.putArray("run_time_days");
        update.put("run_time_day", 1);
        update.put("reboot_after_install", "inherit");
        update.put("reprocess_failed_inherit", false);
        update.put("reprocess_failed", false);
        update.put("reprocess_failed_times", 5);
        update.put("email_if_fail", false);
        node.put("status", agent.status(now));
        node.set("cpu_model", AgentDerived.cpuModel(agent));
        node.put("local_ips", AgentDerived.localIps(agent));
        node.put("make_model", AgentDerived.makeModel(agent));
        node.set("physical_disks", AgentDerived.physicalDisks(agent));
        node.put("graphics", AgentDerived.graphics(agent));
        node.set("checks", checks(agent.checks()));
        node.put("timezone", agent.timeZone() != null ? agent.timeZone() : "America/Los_Angeles");
        node.set("all_timezones", JsonNodes.strings(ALL_TIMEZONES));
        node.put("client", client == null ? null : client.name());
        node.put("site_name", site == null ? null : site.name());
        node.set("custom_fields", customFields(agent.customFields(), "agent", agent.id()));
        JsonNodes.putTime(node, "patches_last_installed", agent.patchesLastInstalled());
        JsonNodes.putTime(node, "last_seen", agent.lastSeen());
        ObjectNode applied = node.putObject("applied_policies");
        applied.putNull("agent_policy");
        applied.putNull("site_policy");
        applied.putNull("client_policy");
        applied.putNull("default_policy");
        ObjectNode effective = node.putObject("effective_patch_policy");
        effective.put("critical", "inherit");
        effective.put("important", "inherit");
        effective.put("moderate", "inherit");
        effective.put("low", "inherit");
        effective.put("other", "inherit");
        TacticalAlertTemplate template = agent.alertTemplate() == null ? null
                : store.alertTemplates.get(agent.alertTemplate());
        if (template == null) {
            node.putNull("alert_template");
        } else {
            ObjectNode t = node.putObject("alert_template");
            t.put("id", template.id());
            t.put("name", template.name());
            t.put("agent_always_email", template.agentAlwaysEmail());
            t.put("agent_always_text", template.agentAlwaysText());
            t.put("agent_always_alert", template.agentAlwaysAlert());
        }
        node.put("effective_default_shell", agent.isPosix() ? "bash" : "powershell");
        audit(node, agent.createdBy(), agent.createdTime(), agent.modifiedBy(), agent.modifiedTime());
        node.put("version", agent.version());
        node.put("operating_system", agent.operatingSystem());
        node.put("plat", agent.plat());
        node.put("goarch", agent.goarch());
        node.put("hostname", agent.hostname());
        node.put("agent_id", agent.agentId());
        node.set("services", agent.servicesForResponse());
        node.put("public_ip", agent.publicIp());
        node.put("total_ram", agent.totalRam());
        node.set("disks", agent.disks());
        node.put("boot_time", agent.bootTime());
        node.put("logged_in_username", agent.loggedInUsername());
        node.put("last_logged_in_user", agent.lastLoggedInUser());
        node.put("monitoring_type", agent.monitoringType());
        node.put("description", agent.description());
        node.put("mesh_node_id", agent.meshNodeId());
        node.put("overdue_email_alert", agent.overdueEmailAlert());
        node.put("overdue_text_alert", agent.overdueTextAlert());
        node.put("overdue_dashboard_alert", agent.overdueDashboardAlert());
        node.put("offline_time", agent.offlineTime());
        node.put("overdue_time", agent.overdueTime());
        node.put("check_interval", agent.checkInterval());
        node.put("needs_reboot", agent.needsReboot());
        node.put("choco_installed", agent.chocoInstalled());
        node.set("wmi_detail", agent.wmiDetail());
        node.put("time_zone", agent.timeZone());
        node.put("maintenance_mode", agent.maintenanceMode());
        node.put("block_policy_inheritance", agent.blockPolicyInheritance());
        node.put("default_shell", agent.defaultShell());
        node.put("default_shell_custom", agent.defaultShellCustom());
        node.put("site", agent.site());
        node.put("policy", agent.policy());
        return node;
    }

    // ------------------------------------------------------------------ clients and sites (non-beta)

    /** {@code GET /clients/} row; {@code annotated} adds the list-only {@code agent_count} and {@code maintenance_mode}. */
    static ObjectNode client(TacticalClient client, TacticalStore store, Map<Integer, List<TacticalAgent>> bySite,
                             boolean annotated) {
        ObjectNode node = JsonNodes.object();
        node.put("id", client.id());
        node.put("name", client.name());
        node.put("server_policy", client.serverPolicy());
        node.put("workstation_policy", client.workstationPolicy());
        node.put("alert_template", client.alertTemplate());
        node.put("block_policy_inheritance", client.blockPolicyInheritance());
        ArrayNode sites = node.putArray("sites");
        int agentCount = 0;
        boolean maintenance = false;
        List<TacticalSite> clientSites = store.sitesOf(client.id());
        clientSites.sort(TacticalSimulator.BY_NAME_SITE);
        for (TacticalSite site : clientSites) {
            List<TacticalAgent> agents = bySite.getOrDefault(site.id(), List.of());
            agentCount += agents.size();
            boolean siteMaintenance = agents.stream().anyMatch(TacticalAgent::maintenanceMode);
            maintenance |= siteMaintenance;
            sites.add(site(site, client, agents.size(), siteMaintenance));
        }
        node.set("custom_fields", customFields(client.customFields(), "client", client.id()));
        if (annotated) {
            node.put("agent_count", agentCount);
            node.put("maintenance_mode", maintenance);
        }
        node.set("failing_checks", failingChecks(client.failingChecks()));
        return node;
    }

    /** Site inside a client, or {@code GET /clients/sites/} when {@code agentCount} is null (no annotations). */
    static ObjectNode site(TacticalSite site, TacticalClient client, Integer agentCount, boolean maintenance) {
        ObjectNode node = JsonNodes.object();
        node.put("id", site.id());
        node.put("name", site.name());
        node.put("server_policy", site.serverPolicy());
        node.put("workstation_policy", site.workstationPolicy());
        node.put("alert_template", site.alertTemplate());
        node.put("client_name", client == null ? null : client.name());
        node.put("client", site.client());
        node.set("custom_fields", customFields(site.customFields(), "site", site.id()));
        if (agentCount != null) {
            node.put("agent_count", agentCount);
        }
        node.put("block_policy_inheritance", site.blockPolicyInheritance());
        if (agentCount != null) {
            node.put("maintenance_mode", maintenance);
        }
        node.set("failing_checks", failingChecks(site.failingChecks()));
        return node;
    }

    // ------------------------------------------------------------------ alerts, software, misc

    /** {@code AlertSerializer}: the agent keys are omitted, not null, for agent-less alerts. */
    static ObjectNode alert(TacticalAlert alert, TacticalStore store) {
        ObjectNode node = JsonNodes.object();
        node.put("id", alert.id());
        TacticalAgent agent = alert.agent() == null ? null : store.agents.get(alert.agent());
        if (agent != null) {
            TacticalSite site = store.siteOf(agent);
            TacticalClient client = store.clientOf(agent);
            node.put("hostname", agent.hostname());
            node.put("agent_id", agent.agentId());
            if (client != null) {
                node.put("client", client.name());
            }
            if (site != null) {
                node.put("site", site.name());
            }
        }
        JsonNodes.putTime(node, "alert_time", alert.alertTime());
        node.put("alert_type", alert.alertType());
        node.put("message", alert.message());
        node.put("snoozed", alert.snoozed());
        JsonNodes.putTime(node, "snooze_until", alert.snoozeUntil());
        node.put("resolved", alert.resolved());
        JsonNodes.putTime(node, "resolved_on", alert.resolvedOn());
        node.put("severity", alert.severity());
        JsonNodes.putTime(node, "email_sent", alert.emailSent());
        JsonNodes.putTime(node, "resolved_email_sent", alert.resolvedEmailSent());
        JsonNodes.putTime(node, "sms_sent", alert.smsSent());
        JsonNodes.putTime(node, "resolved_sms_sent", alert.resolvedSmsSent());
        node.put("hidden", alert.hidden());
        JsonNodes.putTime(node, "action_run", alert.actionRun());
        node.put("action_stdout", alert.actionStdout());
        node.put("action_stderr", alert.actionStderr());
        node.put("action_retcode", alert.actionRetcode());
        node.put("action_execution_time", alert.actionExecutionTime());
        JsonNodes.putTime(node, "resolved_action_run", alert.resolvedActionRun());
        node.put("resolved_action_stdout", alert.resolvedActionStdout());
        node.put("resolved_action_stderr", alert.resolvedActionStderr());
        node.put("resolved_action_retcode", alert.resolvedActionRetcode());
        node.put("resolved_action_execution_time", alert.resolvedActionExecutionTime());
        node.put("agent", agent == null ? null : alert.agent());
        node.put("assigned_check", alert.assignedCheck());
        node.put("assigned_task", alert.assignedTask());
        return node;
    }

    static ObjectNode software(SoftwareInventory inventory) {
        ObjectNode node = JsonNodes.object();
        node.put("id", inventory.id());
        ArrayNode items = node.putArray("software");
        for (SoftwareItem item : inventory.items()) {
            ObjectNode row = items.addObject();
            row.put("name", item.name());
            row.put("size", item.size());
            row.put("source", item.source());
            row.put("version", item.version());
            row.put("location", item.location());
            row.put("publisher", item.publisher());
            row.put("uninstall", item.uninstall());
            row.put("install_date", item.installDate());
        }
        node.put("agent", inventory.agent());
        return node;
    }

    static ObjectNode apiKey(TacticalApiKey key, TacticalStore store) {
        TacticalUser user = store.users.get(key.username());
        ObjectNode node = JsonNodes.object();
        node.put("id", key.id());
        node.put("username", key.username());
        node.put("created_by", key.createdBy());
        JsonNodes.putTime(node, "created_time", key.createdTime());
        node.put("modified_by", key.createdBy());
        JsonNodes.putTime(node, "modified_time", key.modifiedTime());
        node.put("name", key.name());
        node.put("key", key.key());
        JsonNodes.putTime(node, "expiration", key.expiration());
        node.put("user", user == null ? null : user.id());
        return node;
    }

    /**
     * {@code AlertTemplateSerializer} with Tactical's defaults for everything the fake does not model.
     * {@code applied_count} counts the clients and sites (and policies) the template is assigned to;
     * an agent's {@code alert_template} is only the cached effective template.
     */
    static ObjectNode alertTemplate(TacticalAlertTemplate template, TacticalStore store) {
        Integer id = template.id();
        long applied = store.clients.values().stream().filter(c -> id.equals(c.alertTemplate())).count()
                + store.sites.values().stream().filter(s -> id.equals(s.alertTemplate())).count();
        ObjectNode node = JsonNodes.object();
        node.put("id", template.id());
        node.put("agent_settings", true);
        node.put("check_settings", true);
        node.put("task_settings", false);
        node.putArray("core_settings");
        node.put("default_template", template.id() == 1);
        node.put("action_name", template.actionName());
        node.put("resolved_action_name", template.resolvedActionName());
        node.put("applied_count", applied);
        node.put("created_by", "admin");
        JsonNodes.putTime(node, "created_time", template.createdTime());
        node.put("modified_by", "admin");
        JsonNodes.putTime(node, "modified_time", template.modifiedTime());
        node.put("name", template.name());
        node.put("is_active", true);
        node.put("action_type", template.actionRest() != null ? "rest" : "script");
        node.putArray("action_args");
        node.putArray("action_env_vars");
        node.put("action_timeout", 15);
        node.put("resolved_action_type", template.resolvedActionRest() != null ? "rest" : "script");
        node.putArray("resolved_action_args");
        node.putArray("resolved_action_env_vars");
        node.put("resolved_action_timeout", 15);
        node.putArray("email_recipients");
        node.putArray("text_recipients");
        node.putNull("email_from");
        node.put("agent_email_on_resolved", false);
        node.put("agent_text_on_resolved", false);
        node.put("agent_always_email", template.agentAlwaysEmail());
        node.put("agent_always_text", template.agentAlwaysText());
        node.put("agent_always_alert", template.agentAlwaysAlert());
        node.put("agent_periodic_alert_days", 0);
        node.put("agent_script_actions", true);
        node.putArray("check_email_alert_severity");
        node.putArray("check_text_alert_severity");
        node.putArray("check_dashboard_alert_severity").add("error").add("warning");
        node.put("check_email_on_resolved", false);
        node.put("check_text_on_resolved", false);
        node.putNull("check_always_email");
        node.putNull("check_always_text");
        node.put("check_always_alert", true);
        node.put("check_periodic_alert_days", 0);
        node.put("check_script_actions", true);
        node.putArray("task_email_alert_severity");
        node.putArray("task_text_alert_severity");
        node.putArray("task_dashboard_alert_severity");
        node.put("task_email_on_resolved", false);
        node.put("task_text_on_resolved", false);
        node.putNull("task_always_email");
        node.putNull("task_always_text");
        node.putNull("task_always_alert");
        node.put("task_periodic_alert_days", 0);
        node.put("task_script_actions", true);
        node.put("exclude_workstations", false);
        node.put("exclude_servers", false);
        node.putNull("action");
        node.put("action_rest", template.actionRest());
        node.putNull("resolved_action");
        node.put("resolved_action_rest", template.resolvedActionRest());
        node.putArray("excluded_sites");
        node.putArray("excluded_clients");
        node.putArray("excluded_agents");
        return node;
    }

    static ObjectNode urlAction(TacticalUrlAction action) {
        ObjectNode node = JsonNodes.object();
        node.put("id", action.id());
        audit(node, "admin", action.createdTime(), "admin", action.modifiedTime());
        node.put("name", action.name());
        node.put("desc", action.desc());
        node.put("pattern", action.pattern());
        node.put("action_type", "rest");
        node.put("rest_method", action.restMethod());
        node.put("rest_body", action.restBody());
        node.put("rest_headers", action.restHeaders());
        return node;
    }

    // ------------------------------------------------------------------ pieces

    private static void audit(ObjectNode node, String createdBy, Instant createdTime, String modifiedBy,
                              Instant modifiedTime) {
        node.put("created_by", createdBy);
        JsonNodes.putTime(node, "created_time", createdTime);
        node.put("modified_by", modifiedBy);
        JsonNodes.putTime(node, "modified_time", modifiedTime);
    }

    static ObjectNode failingChecks(FailingChecks checks) {
        ObjectNode node = JsonNodes.object();
        node.put("error", checks.error());
        node.put("warning", checks.warning());
        return node;
    }

    static ObjectNode checks(Checks checks) {
        ObjectNode node = JsonNodes.object();
        node.put("total", checks.total());
        node.put("passing", checks.passing());
        node.put("failing", checks.failing());
        node.put("warning", checks.warning());
        node.put("info", checks.info());
        node.put("has_failing_checks", checks.hasFailingChecks());
        return node;
    }

    private static ArrayNode customFields(List<CustomFieldValue> values, String model, int ownerId) {
        ArrayNode array = JsonNodes.array();
        for (CustomFieldValue value : values) {
            ObjectNode node = array.addObject();
            node.put("id", value.id());
            node.put("field", value.field());
            node.put(model, ownerId);
            node.set("value", value.value() == null ? JsonNodes.NULL : value.value());
        }
        return array;
    }

    static JsonNode detail(String message) {
        ObjectNode node = JsonNodes.object();
        node.put("detail", message);
        return node;
    }
}
