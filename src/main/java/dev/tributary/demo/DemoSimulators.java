package dev.tributary.demo;

import dev.tributary.simulator.huntress.HuntressSimulator;
import dev.tributary.simulator.huntress.HuntressSimulatorConfig;
import dev.tributary.simulator.tactical.TacticalSimulator;
import dev.tributary.simulator.tanium.TaniumSimulator;
import dev.tributary.simulator.tanium.TaniumSimulatorConfig;
import java.time.Clock;
import org.springframework.beans.factory.DisposableBean;

/** The three simulators of demo mode, on random loopback ports, with deterministic data. */
public class DemoSimulators implements DisposableBean {

    static final long SEED = 20261123L;

    private final HuntressSimulator huntress;
    private final TacticalSimulator tactical;
    private final TaniumSimulator tanium;

    DemoSimulators(Clock clock) {
        this.huntress = new HuntressSimulator(0, clock, HuntressSimulatorConfig.defaults()).start();
        huntress.generate(5, 40, 90, SEED);
        this.tactical = TacticalSimulator.startDemo(0, clock, 120, SEED);
        this.tanium = new TaniumSimulator(0, clock, TaniumSimulatorConfig.defaults()).generateFleet(3, 150, SEED).start();
    }

    public HuntressSimulator huntress() {
        return huntress;
    }

    public TacticalSimulator tactical() {
        return tactical;
    }

    public TaniumSimulator tanium() {
        return tanium;
    }

    @Override
    public void destroy() {
        huntress.close();
        tactical.close();
        tanium.close();
    }
}
