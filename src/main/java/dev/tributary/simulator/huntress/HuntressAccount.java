package dev.tributary.simulator.huntress;

import java.util.LinkedHashMap;
import java.util.Map;

/** An account ({@code GET /v1/account}). Mutable; the simulator stores and hands out copies. */
public final class HuntressAccount {

    public long id;
    public String name;
    public String subdomain;
    /** {@code enabled | disabled}. */
    public String status = "enabled";
    /** {@code huntress_supported | partner_supported | not_applicable}. */
    public String supportType = "not_applicable";
    /** Seats by product: {@code edr, ispm, itdr, sat, siem}. */
    public Map<String, Integer> neighborhoodWatch = defaultNeighborhoodWatch();
    public HuntressAddress billingAddress;
    public HuntressAddress shippingAddress;

    public HuntressAccount() {
    }

    public HuntressAccount(long id, String name, String subdomain) {
        this.id = id;
        this.name = name;
        this.subdomain = subdomain;
    }

    public HuntressAccount copy() {
        HuntressAccount copy = new HuntressAccount(id, name, subdomain);
        copy.status = status;
        copy.supportType = supportType;
        copy.neighborhoodWatch = neighborhoodWatch == null ? null : new LinkedHashMap<>(neighborhoodWatch);
        copy.billingAddress = billingAddress;
        copy.shippingAddress = shippingAddress;
        return copy;
    }

    private static Map<String, Integer> defaultNeighborhoodWatch() {
        Map<String, Integer> seats = new LinkedHashMap<>();
        for (String product : new String[] {"edr", "ispm", "itdr", "sat", "siem"}) {
            seats.put(product, 0);
        }
        return seats;
    }
}
