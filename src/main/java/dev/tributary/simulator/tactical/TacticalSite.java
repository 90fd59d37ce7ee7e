package dev.tributary.simulator.tactical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Tactical site ({@code clients.Site}) of one client. Mutate through {@link TacticalSimulator#updateSite}. */
public final class TacticalSite {

    private final int id;
    private int client;
    private String name;
    private String createdBy;
    private Instant createdTime;
    private String modifiedBy;
    private Instant modifiedTime;
    private boolean blockPolicyInheritance;
    private FailingChecks failingChecks = FailingChecks.NONE;
    private Integer workstationPolicy;
    private Integer serverPolicy;
    private Integer alertTemplate;
    private List<CustomFieldValue> customFields = new ArrayList<>();

    public TacticalSite(int id, int client, String name) {
        this.id = id;
        this.client = client;
        this.name = name;
    }

    public int id() {
        return id;
    }

    /** The client's pk. */
    public int client() {
        return client;
    }

    public TacticalSite client(int value) {
        this.client = value;
        return this;
    }

    public String name() {
        return name;
    }

    public TacticalSite name(String value) {
        this.name = value;
        return this;
    }

    public String createdBy() {
        return createdBy;
    }

    public TacticalSite createdBy(String value) {
        this.createdBy = value;
        return this;
    }

    public Instant createdTime() {
        return createdTime;
    }

    public TacticalSite createdTime(Instant value) {
        this.createdTime = value;
        return this;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public TacticalSite modifiedBy(String value) {
        this.modifiedBy = value;
        return this;
    }

    public Instant modifiedTime() {
        return modifiedTime;
    }

    public TacticalSite modifiedTime(Instant value) {
        this.modifiedTime = value;
        return this;
    }

    public boolean blockPolicyInheritance() {
        return blockPolicyInheritance;
    }

    public TacticalSite blockPolicyInheritance(boolean value) {
        this.blockPolicyInheritance = value;
        return this;
    }

    public FailingChecks failingChecks() {
        return failingChecks;
    }

    public TacticalSite failingChecks(FailingChecks value) {
        this.failingChecks = value;
        return this;
    }

    public Integer workstationPolicy() {
        return workstationPolicy;
    }

    public TacticalSite workstationPolicy(Integer value) {
        this.workstationPolicy = value;
        return this;
    }

    public Integer serverPolicy() {
        return serverPolicy;
    }

    public TacticalSite serverPolicy(Integer value) {
        this.serverPolicy = value;
        return this;
    }

    public Integer alertTemplate() {
        return alertTemplate;
    }

    public TacticalSite alertTemplate(Integer value) {
        this.alertTemplate = value;
        return this;
    }

    public List<CustomFieldValue> customFields() {
        return customFields;
    }

    public TacticalSite customFields(List<CustomFieldValue> value) {
        this.customFields = new ArrayList<>(value);
        return this;
    }
}
