package dev.tributary.simulator.tactical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The fixture world of {@code fixtures/tactical/INDEX.md} (reference now 2026-06-16T12:00:00Z): clients
 * 1-3, sites 1-5, agents 11/12/13 (online, offline, overdue), alerts 49/58/61/62, inventories 101/102,
 * alert template 1 wired to URL actions 3 and 4, and the users and API key below. The large agent
 * blobs come from {@code fixture-blobs.json}.
 */
public final class TacticalFixtures {

    /** A superuser with TOTP (the {@code login_ok.json} user). */
    public static final String TOTP_USER = "apiuser";
    public static final String TOTP_PASSWORD = "apiuser-pass-2026";
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /** A superuser with TOTP, the install's first admin. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-pass-2026";
    public static final String ADMIN_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /** A user without TOTP: {@code /v2/checkcreds/} hands out the token directly. */
    public static final String NO_TOTP_USER = "tech";
    public static final String NO_TOTP_PASSWORD = "tech-pass-2026";

    /** The integration user: dashboard login blocked, a role with the sync permissions, and the API key. */
    public static final String SYNC_USER = "svc-assetsync";
    public static final String SYNC_PASSWORD = "svc-assetsync-pass-2026";
    public static final String API_KEY = "ISHS64LTCRJ78PB8FUKA5M8M7CFNWLTT";

    /** The webhook secret in the Global Key Store ({@code {{global.asset_webhook_secret}}}). */
    public static final String WEBHOOK_SECRET = "s3cr3t-7f9a1c";

    public static final String ACME_DC01 = "WOAoOHJCutJzhaYYRjBzNIiXQeudMSOxpMAORzpR";
    public static final String ACME_LT_042 = "JLNENEkHfznvfTkWjfLllzmDcoMCeAJGgOYLNcCd";
    public static final String GLOBEX_WEB01 = "rKGzzuarbTrEQykBTDjqvIGfhPVHBsSHmfVlDtjM";

    private TacticalFixtures() {
    }

    private static Instant t(String text) {
        return Instant.parse(text);
    }

    static void load(TacticalSimulator sim) {
        JsonNode blobs = JsonNodes.resource("/dev/tributary/simulator/tactical/fixture-blobs.json");

        sim.addCustomField(new TacticalCustomField(1, "client", "Customer Number", "text", JsonNodes.text("")));
        sim.addCustomField(new TacticalCustomField(2, "agent", "Rack Location", "text", JsonNodes.text("")));
        sim.addPolicies(1, 2);
        sim.setGlobalValue("asset_webhook_secret", WEBHOOK_SECRET);

        sim.addClient(new TacticalClient(1, "Acme Corp").createdBy("admin")
                .createdTime(t("2024-02-01T09:15:02.118043Z")).modifiedTime(t("2024-02-01T09:15:02.118043Z"))
                .failingChecks(new FailingChecks(false, true)).serverPolicy(2).alertTemplate(1)
                .customFields(List.of(new CustomFieldValue(3, 1, JsonNodes.text("ACME-0001")))));
        sim.addClient(new TacticalClient(2, "Globex").createdBy("admin")
                .createdTime(t("2024-05-20T14:02:11.902114Z")).modifiedTime(t("2024-05-20T14:02:11.902114Z"))
                .failingChecks(new FailingChecks(true, false)));
        sim.addClient(new TacticalClient(3, "Initech").createdBy("admin")
                .createdTime(t("2025-01-07T08:00:41.007711Z")).modifiedTime(t("2025-01-07T08:00:41.007711Z"))
                .blockPolicyInheritance(true).workstationPolicy(1));

        site(sim, 1, 1, "HQ", "2024-02-01T09:16:02.118043Z", FailingChecks.NONE);
        site(sim, 2, 1, "Branch Office", "2024-02-01T09:17:02.118043Z", new FailingChecks(false, true));
        site(sim, 3, 2, "Main", "2024-05-20T14:03:11.902114Z", new FailingChecks(true, false));
        site(sim, 4, 3, "Remote Workers", "2025-01-07T08:01:41.007711Z", FailingChecks.NONE);
        site(sim, 5, 2, "Warehouse", "2024-05-20T14:07:11.902114Z", FailingChecks.NONE);

        JsonNode agents = blobs.get("agents");
        sim.addAgent(blobs(new TacticalAgent(11, ACME_DC01, "ACME-DC01", 1), agents.get("11"))
                .createdTime(t("2024-02-01T09:31:55.402211Z")).modifiedTime(t("2026-06-14T11:49:00Z"))
                .version("2.11.0")
                .operatingSystem("Microsoft Windows Server 2022 Standard, 64 bit v21H2 (build 20348.3807)")
                .plat("windows").goarch("amd64").lastSeen(t("2026-06-16T11:59:31.482913Z"))
                .publicIp("203.0.113.24").totalRam(64).bootTime(1749525164.0)
                .loggedInUsername("None").lastLoggedInUser("administrator").monitoringType("server")
                .description("Primary domain controller")
                .meshNodeId("90D397292856EF335CDACE190659F42B1264BD44F1C786FF7E99422E71ADADAB6999CE64B684D4F7CF84AB527C28F723")
                .overdueDashboardAlert(true).chocoInstalled(true)
                .patchesLastInstalled(t("2026-06-11T02:30:12.665421Z")).alertTemplate(1)
                .checks(new Checks(6, 6, 0, 0, 0))
                .customFields(List.of(new CustomFieldValue(7, 2, JsonNodes.text("Rack 3 / U14")))));
        sim.addAgent(blobs(new TacticalAgent(12, ACME_LT_042, "ACME-LT-042", 2), agents.get("12"))
                .createdTime(t("2025-03-12T16:04:09.088130Z")).modifiedTime(t("2026-06-14T11:48:00Z"))
                .version("2.10.0").operatingSystem("Microsoft Windows 11 Pro, 64 bit v23H2 (build 22631.5472)")
                .plat("windows").goarch("amd64").lastSeen(t("2026-06-16T11:49:01.886498Z"))
                .publicIp("198.51.100.77").totalRam(16).bootTime(1749979802.0)
                .loggedInUsername("jdoe").lastLoggedInUser("jdoe").monitoringType("workstation")
                .meshNodeId("47A715BFA28970BDD6655E693715E9321B9FFCDDD566CDE8B017B933A9E90BEECFF4CD6F81DDC23A78089A60A09E21A3")
                .needsReboot(true).timeZone("America/Chicago").alertTemplate(1)
                .checks(new Checks(4, 3, 0, 1, 0)).pendingActionsCount(1).hasPatchesPending(true));
        sim.addAgent(blobs(new TacticalAgent(13, GLOBEX_WEB01, "globex-web01", 3), agents.get("13"))
                .createdTime(t("2025-08-30T21:40:02.501990Z")).modifiedTime(t("2026-06-14T11:47:00Z"))
                .version("2.11.0").operatingSystem("Ubuntu 24.04 x86_64 6.8.0-60-generic")
                .plat("linux").goarch("amd64").lastSeen(t("2026-06-15T22:14:45.905114Z"))
                .publicIp("192.0.2.201").totalRam(8).bootTime(1748003511.0)
                .loggedInUsername("").lastLoggedInUser("").monitoringType("server").description("nginx front end")
                .meshNodeId("FDF4C79901A76BCBA209101986B8BA034DDB4D4E9ABDD6BFA0B534B080D3AEFB2C93204F5711AC0787B943A55567B3B2")
                .overdueDashboardAlert(true).alertTemplate(1).checks(new Checks(2, 1, 1, 0, 0)));

        JsonNode software = blobs.get("software");
        for (String agentPk : List.of("11", "12")) {
            JsonNode inventory = software.get(agentPk);
            List<SoftwareItem> items = new ArrayList<>();
            for (JsonNode item : inventory.get("software")) {
                items.add(new SoftwareItem(item.get("name").stringValue(), item.get("size").stringValue(),
                        item.get("source").stringValue(), item.get("version").stringValue(),
                        item.get("location").stringValue(), item.get("publisher").stringValue(),
                        item.get("uninstall").stringValue(), item.get("install_date").stringValue()));
            }
            sim.setSoftware(SoftwareInventory.of(inventory.get("id").intValue(), Integer.parseInt(agentPk), items));
        }

        sim.addAlert(new TacticalAlert(49).agent(11).alertTime(t("2026-06-13T06:58:16.600104Z")).alertType("task")
                .message("ACME-DC01 has task: Nightly backup verify that failed.").resolved(true)
                .resolvedOn(t("2026-06-13T13:59:08.601135Z")).severity("error").assignedTask(9));
        sim.addAlert(new TacticalAlert(58).agent(13).alertTime(t("2026-06-15T22:47:57.221904Z"))
                .alertType("availability").message("globex-web01 in Globex, Main is overdue.").severity("error")
                .actionRun(t("2026-06-15T22:47:58.630016Z"))
                .actionStdout("{\"status\":\"accepted\",\"id\":\"evt_01J0XK7Q3W\"}").actionStderr("")
                .actionRetcode(202).actionExecutionTime("0.0000"));
        sim.addAlert(new TacticalAlert(61).agent(12).alertTime(t("2026-06-16T09:19:49.078201Z")).alertType("check")
                .message("ACME-LT-042 has a diskspace check: Disk Space Check: Drive C: -  Warning Threshold: 25% "
                        + "Error Threshold: 10% that failed.")
                .severity("warning").assignedCheck(34));
        sim.addAlert(new TacticalAlert(62).agent(13).alertTime(t("2026-06-16T11:09:54.031337Z")).alertType("check")
                .message("globex-web01 has a ping check: Ping Check: gateway that failed.").severity("error")
                .hidden(true).assignedCheck(41));

        sim.addUrlAction(new TacticalUrlAction(3, "Asset platform alert webhook",
                "Pushes TRMM alert failures to the asset platform", TacticalWebhooks.DEFAULT_PATTERN, "post",
                TacticalWebhooks.DEFAULT_REST_BODY, TacticalWebhooks.DEFAULT_REST_HEADERS,
                t("2026-04-18T09:02:51.730114Z"), t("2026-04-18T09:20:07.003391Z")));
        sim.addUrlAction(new TacticalUrlAction(4, "Asset platform alert webhook (resolved)",
                "Pushes TRMM alert resolutions to the asset platform", TacticalWebhooks.DEFAULT_PATTERN, "post",
                TacticalWebhooks.DEFAULT_RESOLVED_REST_BODY, TacticalWebhooks.DEFAULT_REST_HEADERS,
                t("2026-04-18T09:03:12.114907Z"), t("2026-04-18T09:20:31.871240Z")));
        sim.addAlertTemplate(new TacticalAlertTemplate(1, "Default Webhook Template", null, null, true, 3, 4,
                "Asset platform alert webhook", "Asset platform alert webhook (resolved)",
                t("2026-04-18T09:25:40.118522Z"), t("2026-04-18T09:31:02.660907Z")));

        sim.addUser(new TacticalUser(1, ADMIN_USER, ADMIN_PASSWORD).totpSecret(ADMIN_TOTP_SECRET));
        sim.addUser(new TacticalUser(2, TOTP_USER, TOTP_PASSWORD).totpSecret(TOTP_SECRET));
        sim.addUser(new TacticalUser(3, NO_TOTP_USER, NO_TOTP_PASSWORD).role("can_list_agents",
                "can_list_clients", "can_list_sites", "can_list_alerts", "can_list_software"));
        sim.addUser(new TacticalUser(4, SYNC_USER, SYNC_PASSWORD).blockDashboardLogin(true).role(
                "can_list_agents", "can_list_clients", "can_list_sites", "can_list_alerts", "can_manage_alerts",
                "can_list_software", "can_manage_software", "can_list_alerttemplates"));
        sim.addApiKey(new TacticalApiKey(2, "asset-sync", API_KEY, SYNC_USER, t("2027-05-02T00:00:00Z"), "admin",
                t("2026-05-02T10:14:09.311029Z"), t("2026-05-02T10:14:09.311061Z")));
    }

    private static void site(TacticalSimulator sim, int id, int client, String name, String created,
                             FailingChecks failing) {
        sim.addSite(new TacticalSite(id, client, name).createdBy("admin").createdTime(t(created))
                .modifiedTime(t(created)).failingChecks(failing));
    }

    private static TacticalAgent blobs(TacticalAgent agent, JsonNode blobs) {
        return agent.services(blobs.get("services")).disks(blobs.get("disks")).wmiDetail(blobs.get("wmi_detail"));
    }
}
