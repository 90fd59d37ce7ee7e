package dev.tributary.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tributary.testsupport.ApiTestSupport;
import dev.tributary.testsupport.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web shell over real HTTP: sign-in, CSRF on forms, roles, escaping. */
class WebPagesTest extends ApiTestSupport {

    @Test
    void pagesNeedASignIn() {
        var page = WebSession.anonymous(port).get("/tickets");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
        assertThat(WebSession.anonymous(port).get("/login").body()).contains("Sign in");
    }

    @Test
    void signInsReturnTheirDatabaseConnections() {
        // More sign-ins (with right and wrong passwords) than the test pool has connections: a lookup
        // that kept its connection would make the last ones wait for the pool and fail.
        for (int i = 0; i < 10; i++) {
            WebSession session = WebSession.anonymous(port);
            session.get("/login");
            session.postForm("/login", Map.of("username", "admin", "password", "wrong-" + i), true);
        }
        WebSession admin = WebSession.signIn(port, "admin", "admin-password");
        assertThat(admin.get("/").status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsAreRefused() {
        WebSession session = WebSession.anonymous(port);
        session.get("/login");
        var result = session.postForm("/login", Map.of("username", "admin", "password", "not-it"), true);
        assertThat(result.location()).contains("/login?error");
    }

    @Test
    void everyPageRendersForTheAdmin() {
        WebSession admin = WebSession.signIn(port, "admin", "admin-password");
        for (String path : new String[] {"/", "/tickets", "/assets", "/alerts", "/settings/integrations", "/admin/clients",
            "/admin/boards", "/admin/priorities", "/admin/categories", "/assets?agentStatus=overdue"}) {
            var page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Tributary");
        }
        assertThat(admin.get("/settings/integrations").body()).contains("id=\"section-rmm\"").contains("id=\"section-security\"");
    }

    @Test
    void formsRequireTheCsrfTokenAndEscapeWhatTheyShow() {
        WebSession admin = WebSession.signIn(port, "admin", "admin-password");
        admin.get("/admin/clients");
        var forged = admin.postForm("/admin/clients", Map.of("name", "Forged Ltd"), false);
        assertThat(forged.status()).isEqualTo(403);
        var created = admin.postForm("/admin/clients", Map.of("name", "<script>alert('x')</script> Ltd"), true);
        assertThat(created.status()).isEqualTo(302);
        var page = admin.get("/admin/clients");
        assertThat(page.body()).doesNotContain("Forged Ltd").doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ltd");
    }

    @Test
    void techniciansDoNotReachSettings() {
        admin().post("/api/v1/users", Map.of("username", "tech-web", "password", "tech-password", "role", "technician"));
        WebSession technician = WebSession.signIn(port, "tech-web", "tech-password");
        assertThat(technician.get("/tickets").status()).isEqualTo(200);
        assertThat(technician.get("/settings/integrations").status()).isEqualTo(403);
        assertThat(technician.get("/admin/clients").status()).isEqualTo(403);
        assertThat(technician.get("/").body()).doesNotContain("href=\"/settings/integrations\"");
    }
}
