package dev.tributary.tacticalrmm;

import dev.tributary.simulator.tactical.TacticalSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Tactical simulator in a JVM of its own, for benchmarks: like a real Tactical server it is another process, so
 * the measured JVM's heap, collections and JIT hold Tributary alone. It still shares this machine's cores.
 */
final class ExternalTacticalSimulator implements AutoCloseable {

    /** Rounds of serving the whole agent list before the benchmark starts: Tactical has been up a while, too. */
    private static final int WARM_UP_ROUNDS = 3;

    private final Process process;
    private final String baseUrl;

    private ExternalTacticalSimulator(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts {@link TacticalSimulator#main} with a generated fleet, warmed up, and waits until it serves. */
    static ExternalTacticalSimulator start(int agents, int clients, long seed) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                TacticalSimulator.class.getName(), String.valueOf(port), String.valueOf(agents), String.valueOf(clients),
                String.valueOf(seed), String.valueOf(WARM_UP_ROUNDS))).redirectErrorStream(true).start();
        CompletableFuture<String> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("Tactical RMM simulator on ")) {
                        started.complete(line.substring("Tactical RMM simulator on ".length()).trim());
                    }
                }
                started.completeExceptionally(new IOException("The simulator process ended before serving"));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        }, "external-tactical-simulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ExternalTacticalSimulator(process, started.get(2, TimeUnit.MINUTES));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("The Tactical simulator process did not start: " + e.getMessage(), e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
