package dev.tributary.simulator.tactical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Django's transport quirks (§0) and the HTML modes. */
class TacticalTransportTest extends TacticalTestSupport {

    private static final String NOT_FOUND = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n"
            + "</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n"
            + "</body>\n</html>\n";

    private static void assertHtml404(RawHttp.Response response) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(response.body()).isEqualTo(NOT_FOUND);
    }

    @Test
    void unknownUrlsGetDjangosHtml404EvenWithoutCredentials() {
        assertHtml404(get("/api/beta/v1/agent/"));
        assertHtml404(request("GET", "/nothing/here/", headers(), null));
        assertHtml404(get("/beta/v1/agent/1.5/"));
        assertHtml404(get("/beta/v2/agent/"));
    }

    @Test
    void shortAgentIdsDoNotMatchTheRoute() {
        assertHtml404(get("/software/" + "a".repeat(20) + "/"));
        assertThat(get("/software/" + "a".repeat(21) + "/").status()).as("21 chars route, unknown agent")
                .isEqualTo(404);
        assertThat(get("/software/" + "a".repeat(21) + "/").header("Content-Type")).isEqualTo("application/json");
        assertHtml404(get("/agents/abc/"));
    }

    @Test
    void betaDisabledIsHtml404ForEveryBetaPath() {
        sim.config().betaEnabled(false);
        assertHtml404(get("/beta/v1/"));
        assertHtml404(get("/beta/v1/agent/"));
        assertHtml404(request("GET", "/beta/v1/agent/11/", headers(), null));
        assertHtml404(request("GET", "/beta/v1/agent", headers(), null));
        assertThat(get("/agents/").status()).as("classic API unaffected").isEqualTo(200);
        sim.config().betaEnabled(true);
        assertThat(get("/beta/v1/agent/").status()).isEqualTo(200);
    }

    @Test
    void missingTrailingSlashRedirectsPermanentlyBeforeAuth() {
        RawHttp.Response redirect = request("GET", "/beta/v1/agent?page_size=2&x=a%20b", headers(), null);
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.header("Location")).isEqualTo("/beta/v1/agent/?page_size=2&x=a%20b");
        assertThat(redirect.bytes()).isEmpty();
        assertThat(sendJson("PATCH", "/alerts", "{}").status()).isEqualTo(301);
        assertThat(get("/software/" + TacticalFixtures.ACME_DC01).header("Location"))
                .isEqualTo("/software/" + TacticalFixtures.ACME_DC01 + "/");
        assertHtml404(get("/software/short"));
    }

    @Test
    void dashboardHostAnswersEveryPathWithTheSpa() {
        sim.config().dashboardHost(true);
        for (String path : new String[] {"/", "/beta/v1/agent/", "/agents", "/v2/login/", "/anything/at/all"}) {
            RawHttp.Response response = request("GET", path, headers(), null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/html");
            assertThat(response.body()).contains("<div id=q-app></div>");
        }
        assertThat(sendJson("POST", "/v2/checkcreds/", "{}").status()).isEqualTo(200);
    }

    @Test
    void jsonIsCompactUtf8WithBareStringErrors() {
        sim.updateAgent(11, a -> a.description("Café\u2028line"));
        RawHttp.Response response = get("/beta/v1/agent/11/");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.body()).startsWith("{\"version\":\"2.11.0\",\"operating_system\":")
                .contains("\"description\":\"Café\\u2028line\"");
        assertThat(whitespaceOutsideStrings(response.body())).isZero();
        RawHttp.Response bare = withKey("PUT", "/alerts/58/", "{\"type\":\"nope\"}");
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.body()).isEqualTo("\"There was an error in the request data\"");
    }

    @Test
    void methodNotAllowedComesAfterAuthentication() {
        assertThat(request("GET", "/alerts/", headers(), null).status()).isEqualTo(401);
        RawHttp.Response response = get("/alerts/");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"GET\\\" not allowed.\"}");
        assertThat(response.header("Allow")).isEqualTo("POST, PATCH, OPTIONS");
        assertThat(request("OPTIONS", "/agents/", headers("X-API-KEY", API_KEY), null).json().get("name").stringValue())
                .isEqualTo("Get Agents");
        RawHttp.Response head = request("HEAD", "/agents/", headers("X-API-KEY", API_KEY), null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
    }

    @Test
    void uncaughtErrorsAreDjangosHtml500() {
        RawHttp.Response response = withKey("PATCH", "/alerts/", "{\"top\":\"many\"}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)"
                + "</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n");
    }

    @Test
    void requestsAreRecorded() {
        sim.clearRequests();
        get("/agents/");
        get("/agents");
        assertThat(awaitRecorded(r -> true, 2)).extracting(RecordedPath::of)
                .containsExactly("GET /agents/ 200", "GET /agents 301");
    }

    /** Counts whitespace characters that are not inside JSON strings. */
    private static int whitespaceOutsideStrings(String json) {
        int count = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (Character.isWhitespace(c)) {
                count++;
            }
        }
        return count;
    }

    /** Formats a recorded request for assertions. */
    private static final class RecordedPath {
        static String of(dev.tributary.simulator.RecordedRequest r) {
            return r.method() + " " + r.path() + " " + r.status();
        }
    }
}
