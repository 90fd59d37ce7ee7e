/**
 * Tanium: endpoint inventory from the Tanium Gateway (GraphQL), with the Asset REST API as a
 * fallback for endpoints that aged out of the Tanium Data Service. Added purely through the
 * integration kernel: connection, computer-group discovery, device sync runs and settings are
 * kernel capabilities; the settings page is the kernel's generic provider page (no page, section or
 * webhook of its own).
 *
 * <ul>
 *   <li>{@code client}: Gateway and Asset API clients, the query documents they send
 *       ({@code classpath:tanium/graphql/}, validated against the published schema by a test), URL and
 *       token rules, Tanium's error vocabulary</li>
 *   <li>{@code normalize}: pure, table-tested functions from Tanium's values to the kernel's device
 *       snapshot (placeholders, sizes, disks, software, MACs and IPs, OS, asset type, agent status)</li>
 *   <li>{@code sync}: the inventory walk (per computer group, page by page, pipelined) and the Asset API
 *       fallback</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Identity</b>: the Gateway's {@code Endpoint.id} is the external device id. An endpoint in two
 *       synced groups is one asset owned by the first group in the kernel's stable scope order (by group
 *       id); the run counts it once under {@code conflicts} and logs it.</li>
 *   <li><b>Sizes</b> are the operating system's binary units ("32768 MB" = 32 GB), stored as decimal GB
 *       with two places; a size without a unit is unknown.</li>
 *   <li><b>Agent status</b>: online when {@code eidLastSeen} is within {@code onlineWindowMinutes}
 *       (default 15), else offline; unknown without a last-seen time.</li>
 *   <li><b>Asset type</b> from OS platform/name, Windows product type, chassis, manufacturer and model,
 *       matched on whole words; never from the host name.</li>
 *   <li><b>Incremental</b> runs add {@code eidLastSeen GT (since − 10 minutes)} to each group's
 *       {@code memberOf} filter; without a previous sync they walk everything. The Asset API fallback
 *       runs after full syncs only.</li>
 *   <li><b>Cursors</b>: an expired cursor restarts the group's walk once; a second expiry fails that
 *       group, the other groups still sync, and the run fails so nothing is marked inactive and the
 *       incremental cursor does not move.</li>
 *   <li><b>Software</b> comes with the inventory page; if the Gateway refuses the installed applications
 *       (permission, content set), the rest of the run continues without them
 *       ({@code softwareUnavailable}).</li>
 *   <li><b>Aged-out endpoints</b> (Asset API fallback, full syncs with a complete Gateway walk): a row
 *       whose computer id, serial or name matches an endpoint the Gateway returned in this run is ignored
 *       ({@code assetApiOnGateway}); otherwise it gets a group only by correlating (computer id, then
 *       serial, then name; ambiguous keys decide nothing) to an asset this integration synced before
 *       from a still-synced group and that the Gateway did not return this time. It is then ingested
 *       under that asset's Gateway id and group, offline and active ({@code agedOut}). Anything else —
 *       an endpoint that aged out before it was ever synced, an Import-API record — is skipped and
 *       counted ({@code assetApiUnmatched}), since the Asset API has no computer-group filter.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tanium",
        allowedDependencies = {"platform", "psa", "integration", "integration :: http"})
package dev.tributary.tanium;
