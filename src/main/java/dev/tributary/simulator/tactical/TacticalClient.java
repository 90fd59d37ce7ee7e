package dev.tributary.simulator.tactical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Tactical client ({@code clients.Client}). Mutate through {@link TacticalSimulator#updateClient}. */
public final class TacticalClient {

    private final int id;
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

    public TacticalClient(int id, String name) {
        this.id = id;
        this.name = name;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public TacticalClient name(String value) {
        this.name = value;
        return this;
    }

    public String createdBy() {
        return createdBy;
    }

    public TacticalClient createdBy(String value) {
        this.createdBy = value;
        return this;
    }

    public Instant createdTime() {
        return createdTime;
    }

    public TacticalClient createdTime(Instant value) {
        this.createdTime = value;
        return this;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public TacticalClient modifiedBy(String value) {
        this.modifiedBy = value;
        return this;
    }

    public Instant modifiedTime() {
        return modifiedTime;
    }

    public TacticalClient modifiedTime(Instant value) {
        this.modifiedTime = value;
        return this;
    }

    public boolean blockPolicyInheritance() {
        return blockPolicyInheritance;
    }

    public TacticalClient blockPolicyInheritance(boolean value) {
        this.blockPolicyInheritance = value;
        return this;
    }

    public FailingChecks failingChecks() {
        return failingChecks;
    }

    public TacticalClient failingChecks(FailingChecks value) {
        this.failingChecks = value;
        return this;
    }

    public Integer workstationPolicy() {
        return workstationPolicy;
    }

    public TacticalClient workstationPolicy(Integer value) {
        this.workstationPolicy = value;
        return this;
    }

    public Integer serverPolicy() {
        return serverPolicy;
    }

    public TacticalClient serverPolicy(Integer value) {
        this.serverPolicy = value;
        return this;
    }

    public Integer alertTemplate() {
        return alertTemplate;
    }

    public TacticalClient alertTemplate(Integer value) {
        this.alertTemplate = value;
        return this;
    }

    public List<CustomFieldValue> customFields() {
        return customFields;
    }

    public TacticalClient customFields(List<CustomFieldValue> value) {
        this.customFields = new ArrayList<>(value);
        return this;
    }
}
