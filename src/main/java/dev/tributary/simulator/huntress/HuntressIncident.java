package dev.tributary.simulator.huntress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident report. Mutable; the simulator stores and hands out copies.
 *
 * <p>{@link #remediations} holds every remediation; responses inline only the first 10 as
 * {@code {total_count, has_more, items}}. A null list renders {@code "remediations": null}.
 * {@link #createdAt} is not part of the REST model (there is no {@code created_at} field) but
 * {@code sort_field=created_at} is allowed, so it drives that sort.
 */
public final class HuntressIncident {

    /** 0 on {@code add} means "assign the next id". */
    public long id;
    public long accountId;
    /** Null for identity (microsoft_365, google), email_security and SIEM incidents. */
    public Long agentId;
    public Long organizationId;
    public String subject;
    public String summary;
    public String body;
    /** {@code low | high | critical}. */
    public String severity;
    /** {@code sent | closed | dismissed | auto_remediating | deleting | partner_dismissed}. */
    public String status;
    /** {@code windows | darwin | linux | microsoft_365 | google | email_security | other}. */
    public String platform;
    public List<String> indicatorTypes = new ArrayList<>();
    public Map<String, Integer> indicatorCounts = new LinkedHashMap<>();
    public List<HuntressRemediation> remediations = new ArrayList<>();
    public Instant createdAt;
    public Instant sentAt;
    public Instant statusUpdatedAt;
    public Instant closedAt;
    public Instant updatedAt;

    public HuntressIncident() {
    }

    public HuntressIncident copy() {
        HuntressIncident copy = new HuntressIncident();
        copy.id = id;
        copy.accountId = accountId;
        copy.agentId = agentId;
        copy.organizationId = organizationId;
        copy.subject = subject;
        copy.summary = summary;
        copy.body = body;
        copy.severity = severity;
        copy.status = status;
        copy.platform = platform;
        copy.indicatorTypes = indicatorTypes == null ? null : new ArrayList<>(indicatorTypes);
        copy.indicatorCounts = indicatorCounts == null ? null : new LinkedHashMap<>(indicatorCounts);
        if (remediations != null) {
            copy.remediations = new ArrayList<>(remediations.size());
            for (HuntressRemediation remediation : remediations) {
                copy.remediations.add(remediation.copy());
            }
        } else {
            copy.remediations = null;
        }
        copy.createdAt = createdAt;
        copy.sentAt = sentAt;
        copy.statusUpdatedAt = statusUpdatedAt;
        copy.closedAt = closedAt;
        copy.updatedAt = updatedAt;
        return copy;
    }
}
