package dev.tributary.simulator.tactical;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A Tactical user. A superuser passes every permission check; otherwise {@link #permissions()} are
 * the role's {@code can_*} flags ({@code null} role: nothing is allowed) and
 * {@link #viewClients()}/{@link #viewSites()} restrict the non-beta endpoints (empty means all).
 */
public final class TacticalUser {

    private final int id;
    private final String username;
    private String password;
    private String totpSecret;
    private boolean active = true;
    private boolean superuser = true;
    private boolean blockDashboardLogin = false;
    private boolean ssoUser = false;
    private String name;
    private Set<String> permissions;
    private Set<Integer> viewClients = new HashSet<>();
    private Set<Integer> viewSites = new HashSet<>();

    public TacticalUser(int id, String username, String password) {
        this.id = id;
        this.username = username;
        this.password = password;
    }

    public int id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public TacticalUser password(String value) {
        this.password = value;
        return this;
    }

    /** Base32 TOTP secret ({@code totp_key}); null or empty means no TOTP. */
    public String totpSecret() {
        return totpSecret;
    }

    public TacticalUser totpSecret(String value) {
        this.totpSecret = value;
        return this;
    }

    public boolean active() {
        return active;
    }

    public TacticalUser active(boolean value) {
        this.active = value;
        return this;
    }

    public boolean superuser() {
        return superuser;
    }

    public TacticalUser superuser(boolean value) {
        this.superuser = value;
        return this;
    }

    public boolean blockDashboardLogin() {
        return blockDashboardLogin;
    }

    public TacticalUser blockDashboardLogin(boolean value) {
        this.blockDashboardLogin = value;
        return this;
    }

    public boolean ssoUser() {
        return ssoUser;
    }

    public TacticalUser ssoUser(boolean value) {
        this.ssoUser = value;
        return this;
    }

    /** Shown as {@code name} in the login response. */
    public String name() {
        return name;
    }

    public TacticalUser name(String value) {
        this.name = value;
        return this;
    }

    /** The role's granted permissions, e.g. {@code can_list_agents}; null when the user has no role. */
    public Set<String> permissions() {
        return permissions;
    }

    /** Makes the user a non-superuser whose role grants exactly these permissions. */
    public TacticalUser role(String... granted) {
        this.superuser = false;
        this.permissions = new HashSet<>(Arrays.asList(granted));
        return this;
    }

    /** Makes the user a non-superuser without any role (every permissioned endpoint answers 403). */
    public TacticalUser noRole() {
        this.superuser = false;
        this.permissions = null;
        return this;
    }

    public Set<Integer> viewClients() {
        return viewClients;
    }

    /** Restricts the role to these clients (and {@link #viewSites}); empty means everything. */
    public TacticalUser viewClients(Integer... clientIds) {
        this.viewClients = new HashSet<>(Arrays.asList(clientIds));
        return this;
    }

    public Set<Integer> viewSites() {
        return viewSites;
    }

    public TacticalUser viewSites(Integer... siteIds) {
        this.viewSites = new HashSet<>(Arrays.asList(siteIds));
        return this;
    }

    public boolean hasTotp() {
        return totpSecret != null && !totpSecret.isEmpty();
    }

    /** {@code _has_perm}: superuser, or the role grants the permission. */
    public boolean has(String permission) {
        return superuser || (permissions != null && permissions.contains(permission));
    }

    /** Whether the role's client/site lists let the user see objects under this client and site. */
    public boolean canSee(Integer clientId, Integer siteId) {
        if (superuser || (viewClients.isEmpty() && viewSites.isEmpty())) {
            return true;
        }
        return (clientId != null && viewClients.contains(clientId)) || (siteId != null && viewSites.contains(siteId));
    }
}
