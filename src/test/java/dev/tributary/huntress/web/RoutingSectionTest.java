package dev.tributary.huntress.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.huntress.HuntressProvider;
import dev.tributary.integration.IntegrationRef;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.simulator.huntress.HuntressSimulator;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig;
import dev.tributary.testsupport.ApiClient;
import dev.tributary.testsupport.ApiTestSupport;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.context.TestPropertySource;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.JsonNode;

/** The routing section of the Huntress settings page: what it renders (escaped) and what its form saves (CSRF on). */
@TestPropertySource(properties = {"tributary.huntress.rate-limit.window=3s", "tributary.huntress.rate-limit.limit=60"})
class RoutingSectionTest extends ApiTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    HuntressProvider provider;
    @Autowired
    SpringTemplateEngine templates;

    @Test
    void rendersTheChoicesWithTheCurrentOnesSelectedAndEverythingEscaped() {
        ApiClient api = newTenant(unique("Render MSP"));
        UUID tenantId = UUID.fromString(api.get("/api/v1/me").text("tenantId"));
        String board = id(api.post("/api/v1/boards", Map.of("name", "Security")));
        api.post("/api/v1/boards", Map.of("name", "Triage"));
        String evil = id(api.post("/api/v1/clients", Map.of("name", "<script>alert(1)</script> Corp")));
        String high = id(api.post("/api/v1/priorities", Map.of("name", "High")));
        Map<String, Object> settings = new LinkedHashMap<>(provider.defaultSettings());
        settings.put("boardId", board);
        settings.put("fallbackClientId", evil);
        settings.put("severityPriorityMap", Map.of("high", high));
        settings.put("accountName", "Northwind & Co");
        IntegrationStatus status = new IntegrationStatus("huntress", UUID.randomUUID(), true, true, "pending", null, null, null, null,
                null, 0, "https://api.huntress.io", settings, Map.of(), Map.of());

        Map<String, Object> model = provider.sectionModel(new IntegrationRef(tenantId, status.integrationId(), "huntress"), status);
        assertThat(provider.sections()).containsExactly("huntress/routing :: section");
        String html = render(model);

        assertThat(html).contains("action=\"/settings/integrations/huntress/routing\"", "method=\"post\"");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Corp").doesNotContain("<script>alert(1)");
        assertThat(html).contains("Northwind &amp; Co");
        assertThat(html).containsPattern("<option value=\"" + board + "\" selected=\"selected\">Security</option>");
        assertThat(html).containsPattern("<option value=\"" + evil + "\" selected=\"selected\">");
        assertThat(html).containsPattern("<option value=\"" + high + "\" selected=\"selected\">High</option>");
        assertThat(html).contains("Polling is inactive until these are set", "fallback (triage) board", "priority for critical severity");
        assertThat(html).contains("name=\"pollIntervalMinutes\"", "value=\"5\"", "name=\"backfillDays\"", "value=\"7\"",
                "name=\"autoCloseTickets\"", "name=\"closedStatusId\"", "Triage › Closed", "Security › Closed");
    }

    private String render(Map<String, Object> model) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/settings/integrations/huntress");
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.ENGLISH, model);
        return templates.process("huntress/routing", Set.of("section"), context);
    }

    @Test
    void theFormSavesThroughTheValidatedSettingsWithCsrf() throws Exception {
        // The form session belongs to the bootstrap tenant's admin user.
        ApiClient api = admin();
        try (HuntressSimulator huntress = new HuntressSimulator(0, Clock.systemUTC(), HuntressSimulatorConfig.defaults()).start()) {
            var connected = api.put("/api/v1/integrations/huntress/connection", Map.of("apiKey", huntress.apiKey(), "apiSecret",
                    huntress.apiSecret(), "baseUrl", huntress.baseUrl()));
            assertThat(connected.status()).as(connected.raw()).isEqualTo(200);
            String board = id(api.post("/api/v1/boards", Map.of("name", unique("Security"))));
            String client = id(api.post("/api/v1/clients", Map.of("name", unique("Triage"))));
            String critical = id(api.post("/api/v1/priorities", Map.of("name", unique("P1"))));

            Browser browser = new Browser("http://localhost:" + port);
            browser.login("admin", "admin-password");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("boardId", board);
            form.put("categoryId", "");
            form.put("subcategoryId", "");
            form.put("fallbackClientId", client);
            form.put("fallbackBoardId", board);
            form.put("priorityCritical", critical);
            form.put("priorityHigh", critical);
            form.put("priorityLow", critical);
            form.put("pollIntervalMinutes", "10");
            form.put("backfillDays", "3");
            form.put("closedStatusId", "");

            assertThat(browser.post("/settings/integrations/huntress/routing", form, false).statusCode()).as("no CSRF token")
                    .isEqualTo(403);
            HttpResponse<String> saved = browser.post("/settings/integrations/huntress/routing", form, true);
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/settings/integrations/huntress");
            JsonNode settings = api.get("/api/v1/integrations/huntress").json().path("settings");
            assertThat(settings.path("boardId").asString()).isEqualTo(board);
            assertThat(settings.path("fallbackClientId").asString()).isEqualTo(client);
            assertThat(settings.path("severityPriorityMap").path("low").asString()).isEqualTo(critical);
            assertThat(settings.path("pollIntervalMinutes").asInt()).isEqualTo(10);
            assertThat(settings.path("backfillDays").asInt()).isEqualTo(3);
            assertThat(settings.path("autoCloseTickets").booleanValue()).isFalse();
            assertThat(api.get("/api/v1/integrations/huntress").json().path("details").path("routingComplete").booleanValue()).isTrue();

            // An invalid value is refused as a whole: redirected back, nothing saved.
            form.put("pollIntervalMinutes", "0");
            form.put("backfillDays", "9");
            HttpResponse<String> refused = browser.post("/settings/integrations/huntress/routing", form, true);
            assertThat(refused.statusCode()).isEqualTo(302);
            JsonNode unchanged = api.get("/api/v1/integrations/huntress").json().path("settings");
            assertThat(unchanged.path("pollIntervalMinutes").asInt()).isEqualTo(10);
            assertThat(unchanged.path("backfillDays").asInt()).isEqualTo(3);
            // Auto-close without a closed status is refused too.
            form.put("pollIntervalMinutes", "10");
            form.put("autoCloseTickets", "true");
            browser.post("/settings/integrations/huntress/routing", form, true);
            assertThat(api.get("/api/v1/integrations/huntress").json().path("settings").path("autoCloseTickets").booleanValue()).isFalse();
        } finally {
            api.delete("/api/v1/integrations/huntress/connection");
        }
    }

    /** A form-login session over real HTTP: cookies kept, redirects not followed. */
    static final class Browser {
        private final String base;
        private final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        void login(String user, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = post("/login", Map.of("username", user, "password", password), true);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        String csrf() throws IOException, InterruptedException {
            // The login page renders a form (and so a token) for an anonymous or signed-in session alike.
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = CSRF.matcher(page);
            assertThat(matcher.find()).as("a CSRF field on the login page").isTrue();
            return matcher.group(1);
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) throws IOException, InterruptedException {
            Map<String, String> fields = new LinkedHashMap<>(form);
            if (withCsrf) {
                fields.put("_csrf", csrf());
            }
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
