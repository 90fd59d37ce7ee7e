package dev.tributary.integration.http;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The JDK HttpClient as every provider uses it: timeouts, no redirect following (a redirect to a
 * login page is a configuration problem), a rate-limit gate before every attempt, retries with
 * backoff honouring {@code Retry-After} for idempotent requests, and classification of failures.
 */
public final class ProviderHttpClient {

    /**
     * The JDK clients underneath, one per connect timeout and shared by every provider client. Each JDK client owns a
     * selector thread and a connection pool: building one per provider client (one per webhook-triggered agent refresh)
     * cost a thread and a TCP handshake per call, and the idle selectors outlived their use until collected. Sharing
     * is safe — authentication is per request, never per connection.
     */
    private static final ConcurrentMap<Duration, HttpClient> TRANSPORTS = new ConcurrentHashMap<>();

    private final HttpClient http;
    private final ProviderGuidance guidance;
    private final Duration requestTimeout;
    private final RequestGate gate;
    private final int maxAttempts;
    private final Duration maxRetryDelay;
    private final Clock clock;
    private final AtomicLong requests = new AtomicLong();

    private ProviderHttpClient(Builder builder) {
        this.http = TRANSPORTS.computeIfAbsent(builder.connectTimeout, timeout -> HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        this.guidance = builder.guidance;
        this.requestTimeout = builder.requestTimeout;
        this.gate = builder.gate;
        this.maxAttempts = builder.maxAttempts;
        this.maxRetryDelay = builder.maxRetryDelay;
        this.clock = builder.clock;
    }

    public static Builder builder(ProviderGuidance guidance) {
        return new Builder(guidance);
    }

    public ProviderGuidance guidance() {
        return guidance;
    }

    /** Requests sent so far (each attempt counts). */
    public long requestCount() {
        return requests.get();
    }

    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout);
    }

    /**
     * Sends and returns a 2xx response; anything else becomes a {@link ProviderException}.
     * Idempotent requests are retried on 429, 5xx and transport errors.
     */
    public ProviderResponse send(HttpRequest request, boolean idempotent) {
        return send(request, idempotent, response -> response.isSuccess());
    }

    /**
     * Like {@link #send(HttpRequest, boolean)} but lets the caller accept non-2xx answers it wants to
     * interpret itself (e.g. a 400 carrying GraphQL validation errors).
     */
    public ProviderResponse send(HttpRequest request, boolean idempotent, Predicate<ProviderResponse> acceptable) {
        Answer<Void> answer = exchange(request, idempotent, acceptable, null);
        if (!acceptable.test(answer.response())) {
            throw ErrorClassifier.classify(guidance, answer.response());
        }
        return answer.response();
    }

    /**
     * Reads a 2xx answer declared as JSON while it arrives. Pages of tens of megabytes are then parsed without
     * ever being held whole.
     * An I/O failure while reading (also as Jackson's {@code JacksonIOException}) counts as a failed attempt and
     * is retried like one. Anything else the reader throws is final.
     */
    @FunctionalInterface
    public interface JsonStreamReader<T> {
        T read(InputStream body, ProviderResponse head) throws IOException;
    }

    /**
     * What {@link #stream} got. Either the reader's value for a streamed 2xx JSON answer ({@code response} then
     * has no body), or a whole buffered response for the caller to interpret (errors, HTML, untyped bodies).
     */
    public record Answer<T>(ProviderResponse response, T value, boolean streamed) {
    }

    /**
     * Like {@link #send(HttpRequest, boolean, Predicate)}, but a 2xx answer with a JSON content type goes to
     * {@code reader} as a stream. Any other answer the caller accepts is returned buffered.
     */
    public <T> Answer<T> stream(HttpRequest request, boolean idempotent, Predicate<ProviderResponse> acceptable,
                                JsonStreamReader<T> reader) {
        Answer<T> answer = exchange(request, idempotent, acceptable, reader);
        if (!answer.streamed() && !acceptable.test(answer.response())) {
            throw ErrorClassifier.classify(guidance, answer.response());
        }
        return answer;
    }

    private <T> Answer<T> exchange(HttpRequest request, boolean idempotent, Predicate<ProviderResponse> acceptable,
                                   JsonStreamReader<T> reader) {
        RetryPolicy<Answer<T>> policy = RetryPolicy.<Answer<T>>builder()
                .handleResultIf(answer -> !answer.streamed() && !acceptable.test(answer.response())
                        && retryable(answer.response().status()))
                .handle(IOException.class)
                .withMaxAttempts(idempotent ? maxAttempts : 1)
                .withDelayFn(context -> retryDelay(context.getLastResult() == null ? null
                        : context.getLastResult().response(), context.getAttemptCount()))
                .build();
        try {
            return Failsafe.with(policy).get(() -> attempt(request, reader));
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw ErrorClassifier.classify(guidance, io);
            }
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new ProviderException(ProblemKind.UNREACHABLE, "Interrupted while talking to " + guidance.title() + ".");
            }
            throw e;
        }
    }

    private <T> Answer<T> attempt(HttpRequest request, JsonStreamReader<T> reader) throws IOException, InterruptedException {
        gate.acquire();
        requests.incrementAndGet();
        String path = request.uri().getPath();
        if (reader == null) {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer<>(new ProviderResponse(response.statusCode(), response.headers(), response.body(), path), null, false);
        }
        HttpResponse<Object> response = http.send(request, ProviderHttpClient::streamJsonOnly);
        if (!(response.body() instanceof InputStream body)) {
            return new Answer<>(new ProviderResponse(response.statusCode(), response.headers(), (byte[]) response.body(), path),
                    null, false);
        }
        ProviderResponse head = new ProviderResponse(response.statusCode(), response.headers(), null, path);
        try (body) {
            // Readers (a JSON parser) close what they read; the end of the body is this method's business.
            T value;
            try {
                value = reader.read(new java.io.FilterInputStream(body) {
                    @Override
                    public void close() {
                    }
                }, head);
            } catch (tools.jackson.core.exc.JacksonIOException e) {
                // A parser's view of a connection lost mid-body: a transport failure, retried as one.
                throw e.getCause();
            }
            // Read to the end, so the connection goes back to the pool instead of being cancelled.
            body.transferTo(java.io.OutputStream.nullOutputStream());
            return new Answer<>(head, value, true);
        }
    }

    /** A stream for 2xx JSON answers, the whole body for anything else (it is small, and read as a whole). */
    private static HttpResponse.BodySubscriber<Object> streamJsonOnly(HttpResponse.ResponseInfo info) {
        boolean json = info.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).contains("json");
        if (info.statusCode() / 100 == 2 && json) {
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), stream -> stream);
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), bytes -> bytes);
    }

    private Duration retryDelay(ProviderResponse last, int attempt) {
        if (last != null) {
            var retryAfter = RetryAfter.parse(last.headers().firstValue("Retry-After").orElse(null), clock.instant());
            if (retryAfter.isPresent()) {
                Duration wanted = retryAfter.get().plusMillis(250);
                return wanted.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : wanted;
            }
        }
        return Backoff.delay(attempt, Duration.ofSeconds(1), maxRetryDelay);
    }

    static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    public static final class Builder {
        private final ProviderGuidance guidance;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(45);
        private RequestGate gate = RequestGate.OPEN;
        private int maxAttempts = 4;
        private Duration maxRetryDelay = Duration.ofSeconds(65);
        private Clock clock = Clock.systemUTC();

        private Builder(ProviderGuidance guidance) {
            this.guidance = guidance;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder gate(RequestGate value) {
            this.gate = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        public Builder maxRetryDelay(Duration value) {
            this.maxRetryDelay = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public ProviderHttpClient build() {
            return new ProviderHttpClient(this);
        }
    }
}
