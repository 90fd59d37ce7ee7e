package dev.tributary.simulator.tactical;

import java.time.Instant;

/**
 * A Tactical alert ({@code alerts.Alert}). Mutate through {@link TacticalSimulator#updateAlert},
 * {@link TacticalSimulator#resolveAlert} and friends once the simulator serves requests.
 */
public final class TacticalAlert {

    private final int id;
    private Integer agent;
    private Instant alertTime;
    private String alertType = "custom";
    private String message;
    private boolean snoozed = false;
    private Instant snoozeUntil;
    private boolean resolved = false;
    private Instant resolvedOn;
    private String severity = "error";
    private Instant emailSent;
    private Instant resolvedEmailSent;
    private Instant smsSent;
    private Instant resolvedSmsSent;
    private boolean hidden = false;
    private Instant actionRun;
    private String actionStdout;
    private String actionStderr;
    private Integer actionRetcode;
    private String actionExecutionTime;
    private Instant resolvedActionRun;
    private String resolvedActionStdout;
    private String resolvedActionStderr;
    private Integer resolvedActionRetcode;
    private String resolvedActionExecutionTime;
    private Integer assignedCheck;
    private Integer assignedTask;

    public TacticalAlert(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** The agent's pk; null for agent-less (custom) alerts. */
    public Integer agent() {
        return agent;
    }

    public TacticalAlert agent(Integer value) {
        this.agent = value;
        return this;
    }

    public Instant alertTime() {
        return alertTime;
    }

    public TacticalAlert alertTime(Instant value) {
        this.alertTime = value;
        return this;
    }

    /** {@code availability}, {@code check}, {@code task} or {@code custom}. */
    public String alertType() {
        return alertType;
    }

    public TacticalAlert alertType(String value) {
        this.alertType = value;
        return this;
    }

    public String message() {
        return message;
    }

    public TacticalAlert message(String value) {
        this.message = value;
        return this;
    }

    public boolean snoozed() {
        return snoozed;
    }

    public TacticalAlert snoozed(boolean value) {
        this.snoozed = value;
        return this;
    }

    public Instant snoozeUntil() {
        return snoozeUntil;
    }

    public TacticalAlert snoozeUntil(Instant value) {
        this.snoozeUntil = value;
        return this;
    }

    public boolean resolved() {
        return resolved;
    }

    public TacticalAlert resolved(boolean value) {
        this.resolved = value;
        return this;
    }

    public Instant resolvedOn() {
        return resolvedOn;
    }

    public TacticalAlert resolvedOn(Instant value) {
        this.resolvedOn = value;
        return this;
    }

    /** {@code info}, {@code warning} or {@code error}. */
    public String severity() {
        return severity;
    }

    public TacticalAlert severity(String value) {
        this.severity = value;
        return this;
    }

    public Instant emailSent() {
        return emailSent;
    }

    public TacticalAlert emailSent(Instant value) {
        this.emailSent = value;
        return this;
    }

    public Instant resolvedEmailSent() {
        return resolvedEmailSent;
    }

    public TacticalAlert resolvedEmailSent(Instant value) {
        this.resolvedEmailSent = value;
        return this;
    }

    public Instant smsSent() {
        return smsSent;
    }

    public TacticalAlert smsSent(Instant value) {
        this.smsSent = value;
        return this;
    }

    public Instant resolvedSmsSent() {
        return resolvedSmsSent;
    }

    public TacticalAlert resolvedSmsSent(Instant value) {
        this.resolvedSmsSent = value;
        return this;
    }

    public boolean hidden() {
        return hidden;
    }

    public TacticalAlert hidden(boolean value) {
        this.hidden = value;
        return this;
    }

    public Instant actionRun() {
        return actionRun;
    }

    public TacticalAlert actionRun(Instant value) {
        this.actionRun = value;
        return this;
    }

    public String actionStdout() {
        return actionStdout;
    }

    public TacticalAlert actionStdout(String value) {
        this.actionStdout = value;
        return this;
    }

    public String actionStderr() {
        return actionStderr;
    }

    public TacticalAlert actionStderr(String value) {
        this.actionStderr = value;
        return this;
    }

    public Integer actionRetcode() {
        return actionRetcode;
    }

    public TacticalAlert actionRetcode(Integer value) {
        this.actionRetcode = value;
        return this;
    }

    public String actionExecutionTime() {
        return actionExecutionTime;
    }

    public TacticalAlert actionExecutionTime(String value) {
        this.actionExecutionTime = value;
        return this;
    }

    public Instant resolvedActionRun() {
        return resolvedActionRun;
    }

    public TacticalAlert resolvedActionRun(Instant value) {
        this.resolvedActionRun = value;
        return this;
    }

    public String resolvedActionStdout() {
        return resolvedActionStdout;
    }

    public TacticalAlert resolvedActionStdout(String value) {
        this.resolvedActionStdout = value;
        return this;
    }

    public String resolvedActionStderr() {
        return resolvedActionStderr;
    }

    public TacticalAlert resolvedActionStderr(String value) {
        this.resolvedActionStderr = value;
        return this;
    }

    public Integer resolvedActionRetcode() {
        return resolvedActionRetcode;
    }

    public TacticalAlert resolvedActionRetcode(Integer value) {
        this.resolvedActionRetcode = value;
        return this;
    }

    public String resolvedActionExecutionTime() {
        return resolvedActionExecutionTime;
    }

    public TacticalAlert resolvedActionExecutionTime(String value) {
        this.resolvedActionExecutionTime = value;
        return this;
    }

    /** Check pk. */
    public Integer assignedCheck() {
        return assignedCheck;
    }

    public TacticalAlert assignedCheck(Integer value) {
        this.assignedCheck = value;
        return this;
    }

    /** Automated task pk. */
    public Integer assignedTask() {
        return assignedTask;
    }

    public TacticalAlert assignedTask(Integer value) {
        this.assignedTask = value;
        return this;
    }

    @Override
    public String toString() {
        return alertType + " - " + message;
    }
}
