/**
 * Tactical RMM: clients as organization scopes, agents as assets (full and incremental syncs through
 * the kernel's device ingestion), alert webhooks, alert backfill and software inventory. Added purely
 * through the integration kernel; the settings page is the kernel's generic provider page.
 *
 * <ul>
 *   <li>{@code client}: the HTTP client for the API host (X-API-KEY or Knox token with re-login), base-URL
 *       rules, the paginated beta envelope, TOTP codes and Tactical's error vocabulary</li>
 *   <li>{@code normalize}: pure, table-tested functions from Tactical's real formats to the kernel's device
 *       snapshot (status rule, type heuristic, local IPs, boot time, disks, OS, logged-in user, WMI facts)</li>
 *   <li>{@code sync}: the fleet walk, the single-agent refresh, alert backfill and software inventory</li>
 *   <li>{@code webhook}: parsing the body exactly as Tactical renders it, and receiving it</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Identity</b>: the 40-letter {@code agent_id} is the external device id; the Tactical client id is
 *       the scope. Agents are listed per mapped client with {@code client_id=} (never {@code agent_id=}, which
 *       crashes the real server), sites once per run for the location name.</li>
 *   <li><b>Status</b>: Tactical's own server rule (strict comparisons, never-seen is offline), computed here
 *       because the beta list carries no {@code status}.</li>
 *   <li><b>Uptime</b> is as of the last check-in ({@code last_seen − boot_time}), so an unchanged agent
 *       hashes the same on every sync and is not rewritten.</li>
 *   <li><b>Incremental</b> runs ask for agents seen since the last sync minus a look-back of two hours, which
 *       also catches agents that crossed their offline or overdue threshold (defaults 4 and 30 minutes) since;
 *       the daily full sync catches the rest.</li>
 *   <li><b>Webhook</b> alerts are keyed by {@code alert_id}; without one, by agent, alert type and alert time,
 *       so a redelivery or the matching resolve hits the same row. A resolved alert is never re-opened by a
 *       late trigger delivery. The delivery is answered 202 at once; a refresh of that one agent follows off the
 *       request thread ({@code /agents/<agent_id>/} plus its site), debounced 2 s and coalesced per agent. An agent
 *       enrolled since the last device sync becomes an asset then if its client is mapped and synced, and its waiting
 *       alerts are linked to it.</li>
 *   <li><b>Knox</b>: a 401 logs in again once (a stored TOTP secret lets a two-factor account do so unattended) and the
 *       new token is stored; an API key's 401 fails with what to do.</li>
 *   <li><b>Page</b>: the kernel's generic provider page plus one section ({@code tacticalrmm/setup}) with the URL action
 *       and alert-template steps.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tactical RMM",
        allowedDependencies = {"platform", "psa", "integration", "integration :: http"})
package dev.tributary.tacticalrmm;
