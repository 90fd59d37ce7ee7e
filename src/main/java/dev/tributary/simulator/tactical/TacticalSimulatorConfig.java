package dev.tributary.simulator.tactical;

import java.time.Duration;

/**
 * Switches of the fake Tactical server. All of them may be flipped while the simulator runs; each
 * request reads the current values.
 */
public final class TacticalSimulatorConfig {

    private volatile boolean betaEnabled = true;
    private volatile boolean agentIdFilterCrash = true;
    private volatile boolean dashboardHost;
    private volatile boolean loginThrottle;
    private volatile int loginThrottlePerMinute = 10;
    private volatile int loginThrottlePerDay = 300;
    private volatile boolean blockLocalUserLogon;
    private volatile String scheme;
    private volatile String frontendVersion = "0.0.203";
    private volatile String trmmVersion = "1.5.1";
    private volatile int generatedServiceCount = 40;
    private volatile int generatedWmiExtraEntries = 2;
    private volatile String requestsUserAgent = "python-requests/2.34.0";
    private volatile String urllib3UserAgent = "python-urllib3/2.5.0";
    private volatile String acceptEncoding = "gzip, deflate";
    private volatile Duration webhookTimeout = Duration.ofSeconds(8);

    public static TacticalSimulatorConfig defaults() {
        return new TacticalSimulatorConfig();
    }

    /** {@code BETA_API_ENABLED}: when off every {@code /beta/...} URL is Django's HTML 404. Default on. */
    public boolean betaEnabled() {
        return betaEnabled;
    }

    public TacticalSimulatorConfig betaEnabled(boolean value) {
        this.betaEnabled = value;
        return this;
    }

    /** The real defect: {@code GET /beta/v1/agent/?agent_id=...} answers an HTML 500. Default on. */
    public boolean agentIdFilterCrash() {
        return agentIdFilterCrash;
    }

    public TacticalSimulatorConfig agentIdFilterCrash(boolean value) {
        this.agentIdFilterCrash = value;
        return this;
    }

    /** Pretend to be the web-UI host: every path answers 200 with the SPA's {@code index.html}. */
    public boolean dashboardHost() {
        return dashboardHost;
    }

    public TacticalSimulatorConfig dashboardHost(boolean value) {
        this.dashboardHost = value;
        return this;
    }

    /** Throttle {@code /v2/checkcreds/} and {@code /v2/login/} per client IP (10/min, 300/day). Default off. */
    public boolean loginThrottle() {
        return loginThrottle;
    }

    public TacticalSimulatorConfig loginThrottle(boolean value) {
        this.loginThrottle = value;
        return this;
    }

    public int loginThrottlePerMinute() {
        return loginThrottlePerMinute;
    }

    public TacticalSimulatorConfig loginThrottlePerMinute(int value) {
        this.loginThrottlePerMinute = value;
        return this;
    }

    public int loginThrottlePerDay() {
        return loginThrottlePerDay;
    }

    public TacticalSimulatorConfig loginThrottlePerDay(int value) {
        this.loginThrottlePerDay = value;
        return this;
    }

    /** Core setting {@code block_local_user_logon}: only superusers may log in to the dashboard. */
    public boolean blockLocalUserLogon() {
        return blockLocalUserLogon;
    }

    public TacticalSimulatorConfig blockLocalUserLogon(boolean value) {
        this.blockLocalUserLogon = value;
        return this;
    }

    /**
     * Scheme of the absolute {@code next}/{@code previous} and router-root URLs. Null (default): the
     * request's {@code X-Forwarded-Proto} if present, else {@code http}. Production runs behind nginx
     * with {@code https}.
     */
    public String scheme() {
        return scheme;
    }

    public TacticalSimulatorConfig scheme(String value) {
        this.scheme = value;
        return this;
    }

    /** What {@code GET /core/version/} returns (the web app's version, not the TRMM release). */
    public String frontendVersion() {
        return frontendVersion;
    }

    public TacticalSimulatorConfig frontendVersion(String value) {
        this.frontendVersion = value;
        return this;
    }

    public String trmmVersion() {
        return trmmVersion;
    }

    public TacticalSimulatorConfig trmmVersion(String value) {
        this.trmmVersion = value;
        return this;
    }

    /** Services listed per generated Windows agent (real agents: 150-300, tens of KB). Default 40. */
    public int generatedServiceCount() {
        return generatedServiceCount;
    }

    public TacticalSimulatorConfig generatedServiceCount(int value) {
        this.generatedServiceCount = value;
        return this;
    }

    /** Extra USB/memory/network-adapter instances in generated {@code wmi_detail}. Default 2. */
    public int generatedWmiExtraEntries() {
        return generatedWmiExtraEntries;
    }

    public TacticalSimulatorConfig generatedWmiExtraEntries(int value) {
        this.generatedWmiExtraEntries = value;
        return this;
    }

    /** User-Agent of webhooks with a headers template ({@code python-requests/2.34.0}). */
    public String requestsUserAgent() {
        return requestsUserAgent;
    }

    public TacticalSimulatorConfig requestsUserAgent(String value) {
        this.requestsUserAgent = value;
        return this;
    }

    /** User-Agent of webhooks with an empty headers template ({@code python-urllib3/2.x}). */
    public String urllib3UserAgent() {
        return urllib3UserAgent;
    }

    public TacticalSimulatorConfig urllib3UserAgent(String value) {
        this.urllib3UserAgent = value;
        return this;
    }

    /** requests' default Accept-Encoding ({@code gzip, deflate}; {@code gzip, deflate, br} with brotli). */
    public String acceptEncoding() {
        return acceptEncoding;
    }

    public TacticalSimulatorConfig acceptEncoding(String value) {
        this.acceptEncoding = value;
        return this;
    }

    /** Connect and read timeout of POST/PUT/PATCH webhooks (8 s). GET and DELETE have none. */
    public Duration webhookTimeout() {
        return webhookTimeout;
    }

    public TacticalSimulatorConfig webhookTimeout(Duration value) {
        this.webhookTimeout = value;
        return this;
    }
}
