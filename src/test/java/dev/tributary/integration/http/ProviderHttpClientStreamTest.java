package dev.tributary.integration.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Streamed answers: a 2xx JSON body goes to the reader as it arrives, anything else comes back buffered, and a
 * connection lost in the middle of a streamed body is retried like any transport failure.
 */
class ProviderHttpClientStreamTest {

    private static final byte[] PAGE = "{\"count\":2,\"results\":[{\"id\":1},{\"id\":2}]}".getBytes(StandardCharsets.UTF_8);

    /** What the server does for each request, in order; the last one repeats. */
    private interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final Deque<Answer> script = new ArrayDeque<>();
    private HttpServer server;
    private ProviderHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Answer next = script.size() > 1 ? script.poll() : script.peek();
            try (exchange) {
                next.answer(exchange);
            } catch (IOException ignored) {
                // A deliberately short body makes the server complain; the client's view is what is tested.
            }
        });
        server.start();
        client = ProviderHttpClient.builder(ProviderGuidance.titled("Example"))
                .maxRetryDelay(Duration.ofMillis(5))
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Answer json(int status, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    /** Declares the whole page, sends half of it and closes the connection. */
    private static Answer cutOff() {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, PAGE.length);
            OutputStream out = exchange.getResponseBody();
            out.write(PAGE, 0, PAGE.length / 2);
            out.flush();
            throw new IOException("cut off");
        };
    }

    private ProviderHttpClient.Answer<String> read() {
        var request = client.request(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/page/")).GET().build();
        // Read as the Tactical client reads pages: a Jackson parser on the stream, syntax errors being final.
        return client.stream(request, true, ProviderResponse::isSuccess, (body, head) -> {
            try (tools.jackson.core.JsonParser parser = ProviderJson.MAPPER.createParser(body)) {
                return ProviderJson.MAPPER.readTree(parser).toString();
            } catch (tools.jackson.core.exc.StreamReadException e) {
                throw new ProviderException(ProblemKind.MALFORMED_RESPONSE, head.status(), "truncated JSON");
            }
        });
    }

    @Test
    void aJsonAnswerIsReadAsAStream() {
        script.add(json(200, PAGE));
        ProviderHttpClient.Answer<String> answer = read();
        assertThat(answer.streamed()).isTrue();
        assertThat(answer.value()).isEqualTo(new String(PAGE, StandardCharsets.UTF_8));
        assertThat(answer.response().status()).isEqualTo(200);
        assertThat(answer.response().body()).as("a streamed answer is never held whole").isNull();
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void aBodyCutOffMidwayIsFetchedAgain() {
        script.add(cutOff());
        script.add(json(200, PAGE));
        ProviderHttpClient.Answer<String> answer = read();
        assertThat(answer.value()).isEqualTo(new String(PAGE, StandardCharsets.UTF_8));
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void aServerErrorIsRetriedAndAnUntypedAnswerComesBackWhole() {
        script.add(json(503, "{\"detail\":\"busy\"}".getBytes(StandardCharsets.UTF_8)));
        script.add(exchange -> {
            exchange.sendResponseHeaders(200, PAGE.length);
            exchange.getResponseBody().write(PAGE);
        });
        ProviderHttpClient.Answer<String> answer = read();
        assertThat(answer.streamed()).as("no JSON content type: buffered for the caller to judge").isFalse();
        assertThat(answer.response().body()).isEqualTo(PAGE);
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void whatTheReaderRejectsIsFinalAndAnErrorStatusIsClassified() {
        script.add(json(200, "{\"count\":2,\"results\":[".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(this::read).isInstanceOf(ProviderException.class).hasMessage("truncated JSON");
        assertThat(client.requestCount()).as("a bad body is not a transport failure").isEqualTo(1);

        script.clear();
        script.add(json(403, "{\"detail\":\"no\"}".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(this::read).isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).kind()).isEqualTo(ProblemKind.FORBIDDEN));
    }
}
