package dev.tributary.tanium.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Every GraphQL document the client sends, loaded from {@code classpath:tanium/graphql/}. A test
 * validates each against Tanium's full published schema, so no unknown field (such as
 * {@code reportingConsoleURL}) can reach a tenant.
 */
public enum TaniumDocument {
    CONNECTION_PROBE("connection_probe.graphql", "TributaryConnectionProbe", "connection check"),
    COMPUTER_GROUPS("computer_groups.graphql", "TributaryComputerGroups", "computer groups"),
    ENDPOINTS("endpoints_inventory.graphql", "TributaryEndpoints", "inventory"),
    ENDPOINTS_CORE("endpoints_inventory_core.graphql", "TributaryEndpointsCore", "inventory");

    public static final String RESOURCE_DIR = "tanium/graphql/";

    private final String resource;
    private final String operationName;
    private final String description;
    private volatile String text;

    TaniumDocument(String resource, String operationName, String description) {
        this.resource = resource;
        this.operationName = operationName;
        this.description = description;
    }

    public String resource() {
        return RESOURCE_DIR + resource;
    }

    public String operationName() {
        return operationName;
    }

    /** What the query is for, in error sentences. */
    public String description() {
        return description;
    }

    public String text() {
        String loaded = text;
        if (loaded == null) {
            try (InputStream in = TaniumDocument.class.getClassLoader().getResourceAsStream(resource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing GraphQL document " + resource());
                }
                loaded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text = loaded;
        }
        return loaded;
    }
}
