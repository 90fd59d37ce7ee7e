package dev.tributary.simulator.tanium;

import java.time.Clock;

/**
 * Runs the Tanium simulator on its own: {@code java -cp … dev.tributary.simulator.tanium.TaniumSimulatorMain
 * [--port=8443] [--no-fixtures] [--fleet=GROUPS:ENDPOINTS[:SEED]]}. Prints the URLs and the token, then
 * serves until the process is stopped.
 */
public final class TaniumSimulatorMain {

    private TaniumSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        boolean fixtures = true;
        int groups = 0;
        int endpoints = 0;
        long seed = 42;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (arg.equals("--no-fixtures")) {
                fixtures = false;
            } else if (arg.startsWith("--fleet=")) {
                String[] parts = arg.substring("--fleet=".length()).split(":");
                groups = Integer.parseInt(parts[0]);
                endpoints = Integer.parseInt(parts[1]);
                if (parts.length > 2) {
                    seed = Long.parseLong(parts[2]);
                }
            } else {
                System.err.println("usage: TaniumSimulatorMain [--port=N] [--no-fixtures] [--fleet=GROUPS:ENDPOINTS[:SEED]]");
                System.exit(2);
            }
        }
        TaniumSimulator simulator = new TaniumSimulator(port, Clock.systemUTC(), TaniumSimulatorConfig.defaults());
        if (fixtures) {
            simulator.loadFixtures();
        }
        if (endpoints > 0) {
            simulator.generateFleet(groups, endpoints, seed);
        }
        simulator.start();
        System.out.println("Tanium simulator");
        System.out.println("  Gateway:   POST " + simulator.gatewayUrl());
        System.out.println("  Asset API: GET  " + simulator.assetApiUrl() + "/v1/assets?minimumAssetId=0&limit=100");
        System.out.println("  Header:    session: " + simulator.token());
        System.out.println("  Endpoints: " + simulator.gatewayEndpointCount() + " on the Gateway, "
                + simulator.assetCount() + " Asset API rows");
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        Thread.currentThread().join();
    }
}
