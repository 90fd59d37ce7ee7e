package dev.tributary.simulator.tactical;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tactical's placeholder substitution for URL actions ({@code find_and_replace_db_values_str} and
 * {@code get_db_value}) with an Alert as the instance: {@code {{alert.x}}}, {@code {{agent.x}}},
 * {@code {{client.x}}}, {@code {{site.x}}}, {@code {{global.x}}} and custom fields by name. Values
 * become Python {@code str()} text, nothing is escaped, and any falsy value renders {@code None}.
 */
final class WebhookTemplate {

    /** {@code RE_DB_VALUE}. Group 2 is the model, group 3 the last captured path. */
    static final Pattern DB_VALUE = Pattern.compile(
            "(\\{\\{\\s*(client|site|agent|global|alert)(?:\\.([\\w\\-\\s.]+))+\\s*\\}\\})",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Marks "no such attribute" ({@code hasattr} false). */
    private static final Object MISSING = new Object();
    /** Marks a method: {@code get_db_value} returns None for callables. */
    private static final Object CALLABLE = new Object();

    private final TacticalStore store;
    private final Instant now;

    WebhookTemplate(TacticalStore store, Instant now) {
        this.store = store;
        this.now = now;
    }

    /** {@code find_and_replace_db_values_str(text=text, instance=alert)}. Caller holds the read lock. */
    String render(String text, TacticalAlert alert) {
        String result = text;
        Matcher matcher = DB_VALUE.matcher(text);
        while (matcher.find()) {
            String whole = matcher.group(1);
            Object value = value(matcher.group(2) + "." + matcher.group(3), alert);
            result = result.replace(whole, Py.str(value));
        }
        return result;
    }

    /** {@code get_db_value(string=..., instance=alert)}. */
    Object value(String expression, TacticalAlert alert) {
        String[] props = expression.strip().split("\\.", -1);
        if (props[0].equals("global") && props.length == 2) {
            return store.globalKeyStore.get(props[1]);
        }
        if (props.length == 2) {
            for (TacticalCustomField field : store.customFields.values()) {
                if (field.model().equals(props[0]) && field.name().equals(props[1])) {
                    return customField(field, props[0], alert);
                }
            }
        }
        Object current = new AlertView(alert);
        int start = props[0].equals("alert") ? 1 : 0;
        for (int i = start; i < props.length; i++) {
            Object attribute = attribute(current, props[i]);
            if (attribute != MISSING) {
                if (attribute == CALLABLE) {
                    return null;
                }
                current = attribute;
            }
            if (!Py.truthy(current)) {
                return null;
            }
        }
        return current;
    }

    private Object customField(TacticalCustomField field, String model, TacticalAlert alert) {
        TacticalAgent agent = alert.agent() == null ? null : store.agents.get(alert.agent());
        List<CustomFieldValue> values = null;
        if (agent != null) {
            switch (model) {
                case "agent" -> values = agent.customFields();
                case "site" -> {
                    TacticalSite site = store.siteOf(agent);
                    values = site == null ? null : site.customFields();
                }
                case "client" -> {
                    TacticalClient client = store.clientOf(agent);
                    values = client == null ? null : client.customFields();
                }
                default -> values = null;
            }
        }
        Object value = null;
        boolean found = false;
        if (values != null) {
            for (CustomFieldValue v : values) {
                if (v.field() == field.id()) {
                    value = Py.fromJson(v.value());
                    found = true;
                    break;
                }
            }
        }
        Object defaultValue = Py.fromJson(field.defaultValue());
        boolean checkbox = "checkbox".equals(field.type());
        if (!found) {
            return checkbox ? Py.truthy(defaultValue) : defaultValue;
        }
        if (checkbox) {
            return Py.truthy(value);
        }
        return Py.truthy(value) ? value : defaultValue;
    }

    // ------------------------------------------------------------------ Python attribute access

    private Object attribute(Object target, String name) {
        if (target instanceof AlertView view) {
            return view.attr(name);
        }
        if (target instanceof AgentView view) {
            return view.attr(name);
        }
        if (target instanceof ClientView view) {
            return view.attr(name);
        }
        if (target instanceof SiteView view) {
            return view.attr(name);
        }
        if (target instanceof TemplateView view) {
            return view.attr(name);
        }
        return MISSING;
    }

    private static Object bool(boolean value) {
        return value;
    }

    /** An Alert model instance; {@code str(alert)} is {@code "<alert_type> - <message>"}. */
    private final class AlertView {
        private final TacticalAlert alert;

        AlertView(TacticalAlert alert) {
            this.alert = alert;
        }

        Object attr(String name) {
            TacticalAgent agent = alert.agent() == null ? null : store.agents.get(alert.agent());
            return switch (name) {
                case "id", "pk" -> alert.id();
                case "agent" -> agent == null ? null : new AgentView(agent);
                case "agent_id" -> agent == null ? null : agent.id();
                case "assigned_check", "assigned_task", "get_result" -> null;
                case "assigned_check_id" -> alert.assignedCheck();
                case "assigned_task_id" -> alert.assignedTask();
                case "alert_type" -> alert.alertType();
                case "message" -> alert.message();
                case "severity" -> alert.severity();
                case "alert_time" -> alert.alertTime();
                case "snoozed" -> bool(alert.snoozed());
                case "snooze_until" -> alert.snoozeUntil();
                case "resolved" -> bool(alert.resolved());
                case "resolved_on" -> alert.resolvedOn();
                case "email_sent" -> alert.emailSent();
                case "resolved_email_sent" -> alert.resolvedEmailSent();
                case "sms_sent" -> alert.smsSent();
                case "resolved_sms_sent" -> alert.resolvedSmsSent();
                case "hidden" -> bool(alert.hidden());
                case "action_run" -> alert.actionRun();
                case "action_stdout" -> alert.actionStdout();
                case "action_stderr" -> alert.actionStderr();
                case "action_retcode" -> alert.actionRetcode();
                case "action_execution_time" -> alert.actionExecutionTime();
                case "resolved_action_run" -> alert.resolvedActionRun();
                case "resolved_action_stdout" -> alert.resolvedActionStdout();
                case "resolved_action_stderr" -> alert.resolvedActionStderr();
                case "resolved_action_retcode" -> alert.resolvedActionRetcode();
                case "resolved_action_execution_time" -> alert.resolvedActionExecutionTime();
                case "client" -> {
                    TacticalClient client = agent == null ? null : store.clientOf(agent);
                    yield client == null ? null : new ClientView(client);
                }
                case "site" -> {
                    TacticalSite site = agent == null ? null : store.siteOf(agent);
                    yield site == null ? null : new SiteView(site);
                }
                case "save", "delete", "resolve", "refresh_from_db", "clean", "full_clean",
                     "handle_alert_failure", "handle_alert_resolve", "parse_script_args" -> CALLABLE;
                default -> MISSING;
            };
        }

        @Override
        public String toString() {
            return alert.alertType() + " - " + alert.message();
        }
    }

    /** An Agent model instance; {@code str(agent)} is the hostname. */
    private final class AgentView {
        private final TacticalAgent agent;

        AgentView(TacticalAgent agent) {
            this.agent = agent;
        }

        Object attr(String name) {
            return switch (name) {
                case "id", "pk" -> agent.id();
                case "agent_id" -> agent.agentId();
                case "hostname" -> agent.hostname();
                case "version" -> agent.version();
                case "operating_system" -> agent.operatingSystem();
                case "plat" -> agent.plat();
                case "goarch" -> agent.goarch();
                case "last_seen" -> agent.lastSeen();
                case "services" -> Py.fromJson(agent.services());
                case "public_ip" -> agent.publicIp();
                case "total_ram" -> agent.totalRam();
                case "disks" -> Py.fromJson(agent.disks());
                case "boot_time" -> agent.bootTime();
                case "logged_in_username" -> agent.loggedInUsername();
                case "last_logged_in_user" -> agent.lastLoggedInUser();
                case "monitoring_type" -> agent.monitoringType();
                case "description" -> agent.description();
                case "mesh_node_id" -> agent.meshNodeId();
                case "hex_mesh_node_id" -> AgentDerived.hexMeshNodeId(agent.meshNodeId());
                case "overdue_email_alert" -> bool(agent.overdueEmailAlert());
                case "overdue_text_alert" -> bool(agent.overdueTextAlert());
                case "overdue_dashboard_alert" -> bool(agent.overdueDashboardAlert());
                case "offline_time" -> agent.offlineTime();
                case "overdue_time" -> agent.overdueTime();
                case "check_interval" -> agent.checkInterval();
                case "needs_reboot" -> bool(agent.needsReboot());
                case "choco_installed" -> bool(agent.chocoInstalled());
                case "wmi_detail" -> Py.fromJson(agent.wmiDetail());
                case "patches_last_installed" -> agent.patchesLastInstalled();
                case "time_zone" -> agent.timeZone();
                case "timezone" -> agent.timeZone() != null ? agent.timeZone() : "America/Los_Angeles";
                case "maintenance_mode" -> bool(agent.maintenanceMode());
                case "block_policy_inheritance" -> bool(agent.blockPolicyInheritance());
                case "default_shell" -> agent.defaultShell();
                case "default_shell_custom" -> agent.defaultShellCustom();
                case "alert_template" -> {
                    TacticalAlertTemplate template = agent.alertTemplate() == null ? null
                            : store.alertTemplates.get(agent.alertTemplate());
                    yield template == null ? null : new TemplateView(template);
                }
                case "alert_template_id" -> agent.alertTemplate();
                case "site" -> {
                    TacticalSite site = store.siteOf(agent);
                    yield site == null ? null : new SiteView(site);
                }
                case "site_id" -> agent.site();
                case "client" -> {
                    TacticalClient client = store.clientOf(agent);
                    yield client == null ? null : new ClientView(client);
                }
                case "policy", "policy_id" -> agent.policy();
                case "status" -> agent.status(now);
                case "checks" -> checks(agent.checks());
                case "pending_actions_count" -> agent.pendingActionsCount();
                case "has_patches_pending" -> bool(agent.hasPatchesPending());
                case "cpu_model" -> Py.fromJson(AgentDerived.cpuModel(agent));
                case "graphics" -> AgentDerived.graphics(agent);
                case "local_ips" -> AgentDerived.localIps(agent);
                case "make_model" -> AgentDerived.makeModel(agent);
                case "physical_disks" -> Py.fromJson(AgentDerived.physicalDisks(agent));
                case "serial_number" -> AgentDerived.serialNumber(agent);
                case "is_posix" -> bool(agent.isPosix());
                case "arch" -> arch(agent.operatingSystem());
                case "created_by" -> agent.createdBy();
                case "created_time" -> agent.createdTime();
                case "modified_by" -> agent.modifiedBy();
                case "modified_time" -> agent.modifiedTime();
                case "save", "delete", "nats_cmd", "run_script", "get_patch_policy", "approve_updates",
                     "check_run_interval", "get_checks_with_policies", "get_tasks_with_policies",
                     "should_create_alert", "recover", "refresh_from_db" -> CALLABLE;
                default -> MISSING;
            };
        }

        @Override
        public String toString() {
            return agent.hostname();
        }
    }

    /** A Client model instance; {@code str(client)} is its name. */
    private final class ClientView {
        private final TacticalClient client;

        ClientView(TacticalClient client) {
            this.client = client;
        }

        Object attr(String name) {
            return switch (name) {
                case "id", "pk" -> client.id();
                case "name" -> client.name();
                case "block_policy_inheritance" -> bool(client.blockPolicyInheritance());
                case "failing_checks" -> failing(client.failingChecks());
                case "workstation_policy", "workstation_policy_id" -> client.workstationPolicy();
                case "server_policy", "server_policy_id" -> client.serverPolicy();
                case "alert_template" -> {
                    TacticalAlertTemplate template = client.alertTemplate() == null ? null
                            : store.alertTemplates.get(client.alertTemplate());
                    yield template == null ? null : new TemplateView(template);
                }
                case "alert_template_id" -> client.alertTemplate();
                case "created_by" -> client.createdBy();
                case "created_time" -> client.createdTime();
                case "modified_by" -> client.modifiedBy();
                case "modified_time" -> client.modifiedTime();
                case "save", "delete", "refresh_from_db" -> CALLABLE;
                default -> MISSING;
            };
        }

        @Override
        public String toString() {
            return client.name();
        }
    }

    /** A Site model instance; {@code str(site)} is its name. */
    private final class SiteView {
        private final TacticalSite site;

        SiteView(TacticalSite site) {
            this.site = site;
        }

        Object attr(String name) {
            return switch (name) {
                case "id", "pk" -> site.id();
                case "name" -> site.name();
                case "client" -> {
                    TacticalClient client = store.clients.get(site.client());
                    yield client == null ? null : new ClientView(client);
                }
                case "client_id" -> site.client();
                case "block_policy_inheritance" -> bool(site.blockPolicyInheritance());
                case "failing_checks" -> failing(site.failingChecks());
                case "workstation_policy", "workstation_policy_id" -> site.workstationPolicy();
                case "server_policy", "server_policy_id" -> site.serverPolicy();
                case "alert_template_id" -> site.alertTemplate();
                case "created_by" -> site.createdBy();
                case "created_time" -> site.createdTime();
                case "modified_by" -> site.modifiedBy();
                case "modified_time" -> site.modifiedTime();
                case "save", "delete", "refresh_from_db" -> CALLABLE;
                default -> MISSING;
            };
        }

        @Override
        public String toString() {
            return site.name();
        }
    }

    /** An AlertTemplate model instance; {@code str(template)} is its name. */
    private static final class TemplateView {
        private final TacticalAlertTemplate template;

        TemplateView(TacticalAlertTemplate template) {
            this.template = template;
        }

        Object attr(String name) {
            return switch (name) {
                case "id", "pk" -> template.id();
                case "name" -> template.name();
                case "agent_always_email" -> template.agentAlwaysEmail();
                case "agent_always_text" -> template.agentAlwaysText();
                case "agent_always_alert" -> template.agentAlwaysAlert();
                default -> MISSING;
            };
        }

        @Override
        public String toString() {
            return template.name();
        }
    }

    private static Map<String, Object> checks(Checks checks) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("total", checks.total());
        map.put("passing", checks.passing());
        map.put("failing", checks.failing());
        map.put("warning", checks.warning());
        map.put("info", checks.info());
        map.put("has_failing_checks", checks.hasFailingChecks());
        return map;
    }

    private static Map<String, Object> failing(FailingChecks checks) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("error", checks.error());
        map.put("warning", checks.warning());
        return map;
    }

    private static String arch(String operatingSystem) {
        if (operatingSystem != null) {
            if (operatingSystem.contains("64 bit") || operatingSystem.contains("64bit")) {
                return "64";
            }
            if (operatingSystem.contains("32 bit") || operatingSystem.contains("32bit")) {
                return "32";
            }
        }
        return null;
    }
}
