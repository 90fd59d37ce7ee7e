package dev.tributary.simulator.tactical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A loopback webhook receiver that keeps the exact bytes of each request and answers 202. */
final class CapturingReceiver implements AutoCloseable {

    record Captured(String requestLine, List<Map.Entry<String, String>> headers, byte[] body) {

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    private final ServerSocket server;
    private final BlockingQueue<Captured> captured = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile String responseBody = "{\"status\":\"accepted\",\"id\":\"evt_01J0XK7Q3W\"}";
    private volatile int responseStatus = 202;

    CapturingReceiver() {
        try {
            server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "webhook-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void respond(int status, String body) {
        this.responseStatus = status;
        this.responseBody = body;
    }

    Captured next() {
        try {
            Captured request = captured.poll(10, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("No webhook request arrived");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                String requestLine = line(in);
                List<Map.Entry<String, String>> headers = new ArrayList<>();
                String line;
                int length = 0;
                while (!(line = line(in)).isEmpty()) {
                    int colon = line.indexOf(':');
                    String name = line.substring(0, colon);
                    String value = line.substring(colon + 2);
                    headers.add(Map.entry(name, value));
                    if (name.equalsIgnoreCase("Content-Length")) {
                        length = Integer.parseInt(value);
                    }
                }
                byte[] body = in.readNBytes(length);
                captured.add(new Captured(requestLine, headers, body));
                byte[] payload = responseBody.getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 " + responseStatus + " Whatever\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + payload.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(payload);
                out.flush();
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            out.write(c);
        }
        String text = out.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // ignore
        }
    }
}
