package dev.tributary.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake provider on loopback (the JDK's HTTP server). Subclasses implement {@link #handle}; this
 * class records requests for assertions and turns unexpected errors into a 500 like a real server.
 */
public abstract class SimulatorServer implements AutoCloseable {

    private static final int RECORDED_LIMIT = 10_000;

    static {
        // Without TCP_NODELAY the JDK server delays every keep-alive response by about 40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Logger log = LoggerFactory.getLogger(getClass());

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
    private final AtomicLong requestCount = new AtomicLong();
    protected final Clock clock;

    protected SimulatorServer(String name, int port, Clock clock) {
        this.name = name;
        this.clock = clock;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the " + name + " simulator to port " + port, e);
        }
        this.executor = Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, name + "-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", http -> {
            try (http) {
                Exchange exchange = new Exchange(http, this::record);
                try {
                    handle(exchange);
                } catch (RuntimeException e) {
                    log.warn("{} simulator failed on {} {}", name, exchange.method(), exchange.path(), e);
                    exchange.html(500, "<h1>Server Error (500)</h1>");
                }
            }
        });
    }

    /** Answers one request. */
    protected abstract void handle(Exchange exchange) throws IOException;

    public SimulatorServer start() {
        server.start();
        log.info("{} simulator listening on {}", name, baseUrl());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public long requestCount() {
        return requestCount.get();
    }

    /** The most recent requests (up to 10,000), oldest first. */
    public List<RecordedRequest> requests() {
        synchronized (recorded) {
            return new ArrayList<>(recorded);
        }
    }

    public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        return requests().stream().filter(filter).toList();
    }

    public void clearRequests() {
        synchronized (recorded) {
            recorded.clear();
        }
        requestCount.set(0);
    }

    private void record(Exchange exchange) {
        requestCount.incrementAndGet();
        RecordedRequest request = new RecordedRequest(exchange.method(), exchange.path(), exchange.rawQuery(),
                new LinkedHashMap<>(exchange.headers()), exchange.body(), exchange.status(), clock.instant());
        synchronized (recorded) {
            recorded.addLast(request);
            if (recorded.size() > RECORDED_LIMIT) {
                recorded.removeFirst();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
