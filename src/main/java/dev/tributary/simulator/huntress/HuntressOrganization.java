package dev.tributary.simulator.huntress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An organization. Mutable; the simulator stores and hands out copies.
 *
 * <p>{@code agents_count} and {@code incident_reports_count} are computed when rendered: the number
 * of stored agents (incident reports) of the organization plus {@link #unmodeledAgents}
 * ({@link #unmodeledIncidentReports}), which stand for records the simulator does not hold
 * individually (the fixtures claim 38 agents but describe one).
 */
public final class HuntressOrganization {

    /** 0 on {@code add} means "assign the next id". */
    public long id;
    public long accountId;
    public String name;
    /** The organization key (used at agent install); unique per account in practice. */
    public String key;
    public long unmodeledAgents;
    public long unmodeledIncidentReports;
    public long logsSourcesCount;
    public long billableIdentityCount;
    public long satLearnerCount;
    public String identityProviderTenantId;
    public List<String> reportRecipients = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
    /** Legacy keys: the swagger lists them as required, they carry no description. */
    public String microsoft365TenantId;
    public long microsoft365UsersCount;
    public List<String> notifyEmails = new ArrayList<>();

    public HuntressOrganization() {
    }

    public HuntressOrganization(long id, long accountId, String name, String key) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.key = key;
    }

    public HuntressOrganization copy() {
        HuntressOrganization copy = new HuntressOrganization(id, accountId, name, key);
        copy.unmodeledAgents = unmodeledAgents;
        copy.unmodeledIncidentReports = unmodeledIncidentReports;
        copy.logsSourcesCount = logsSourcesCount;
        copy.billableIdentityCount = billableIdentityCount;
        copy.satLearnerCount = satLearnerCount;
        copy.identityProviderTenantId = identityProviderTenantId;
        copy.reportRecipients = reportRecipients == null ? null : new ArrayList<>(reportRecipients);
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        copy.microsoft365TenantId = microsoft365TenantId;
        copy.microsoft365UsersCount = microsoft365UsersCount;
        copy.notifyEmails = notifyEmails == null ? null : new ArrayList<>(notifyEmails);
        return copy;
    }
}
