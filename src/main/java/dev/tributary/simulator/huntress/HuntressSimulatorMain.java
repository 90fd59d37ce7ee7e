package dev.tributary.simulator.huntress;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a Huntress simulator on its own: {@code java … HuntressSimulatorMain [port] [orgs agents incidents seed]}.
 * Loads the fixtures plus a generated workload and prints the base URL and credentials.
 */
public final class HuntressSimulatorMain {

    private HuntressSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        HuntressSimulator simulator = new HuntressSimulator(port, Clock.systemUTC(), HuntressSimulatorConfig.defaults());
        simulator.loadFixtures();
        if (args.length >= 5) {
            simulator.generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Long.parseLong(args[4]));
        } else {
            simulator.generate(12, 80, 240, 42L);
        }
        simulator.start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        System.out.println("Huntress simulator on " + simulator.baseUrl() + "/v1/");
        System.out.println("  API key:    " + simulator.apiKey());
        System.out.println("  API secret: " + simulator.apiSecret());
        System.out.println("  try: curl -u " + simulator.apiKey() + ":" + simulator.apiSecret() + " "
                + simulator.baseUrl() + "/v1/incident_reports?limit=5");
        new CountDownLatch(1).await();
    }
}
