package dev.tributary.platform;

/** Which product edition runs; enterprise-only providers are hidden and refused in the community edition. */
public enum Edition {
    COMMUNITY, ENTERPRISE;

    public boolean isEnterprise() {
        return this == ENTERPRISE;
    }
}
