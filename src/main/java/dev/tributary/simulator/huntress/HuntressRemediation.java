package dev.tributary.simulator.huntress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A remediation of an incident report. {@code parameters} is polymorphic on the wire: set
 * {@link #parametersText} for a containment remediation (rendered as a JSON string naming the entity),
 * otherwise {@link #parameters} (rendered as an array of {@code {name, description}}, {@code []} or
 * {@code null}). {@code created_at}/{@code updated_at} are not rendered; they only drive sorting.
 */
public final class HuntressRemediation {

    /** 0 on {@code add} means "assign the next id". */
    public long id;
    /** {@code assisted | manual | containment}. */
    public String type;
    public String action;
    public String parametersText;
    public List<Parameter> parameters = new ArrayList<>();
    /** {@code unapproved | approved | completed | failed | cancelled}. */
    public String status;
    public Instant approvedAt;
    public HuntressUser approvedBy;
    public Instant completedAt;
    public Instant createdAt;
    public Instant updatedAt;

    /** One {@code {name, description}} pair of an assisted remediation. */
    public record Parameter(String name, String description) {
    }

    public HuntressRemediation() {
    }

    public HuntressRemediation(long id, String type, String action, String status) {
        this.id = id;
        this.type = type;
        this.action = action;
        this.status = status;
    }

    public HuntressRemediation copy() {
        HuntressRemediation copy = new HuntressRemediation(id, type, action, status);
        copy.parametersText = parametersText;
        copy.parameters = parameters == null ? null : new ArrayList<>(parameters);
        copy.approvedAt = approvedAt;
        copy.approvedBy = approvedBy;
        copy.completedAt = completedAt;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }
}
