package dev.tributary.simulator.tactical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The fake's database. Readers (request handlers) take the read lock, every mutation the write lock,
 * so a response is always built from one consistent state. Knox tokens live outside the lock: they
 * are touched on every authenticated request.
 */
final class TacticalStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    final NavigableMap<Integer, TacticalClient> clients = new TreeMap<>();
    final NavigableMap<Integer, TacticalSite> sites = new TreeMap<>();
    final NavigableMap<Integer, TacticalAgent> agents = new TreeMap<>();
    final Map<String, Integer> agentIds = new HashMap<>();
    final NavigableMap<Integer, TacticalAlert> alerts = new TreeMap<>();
    /** Keyed by agent pk. */
    final NavigableMap<Integer, SoftwareInventory> software = new TreeMap<>();
    final Map<String, TacticalUser> users = new LinkedHashMap<>();
    final Map<String, TacticalApiKey> apiKeys = new LinkedHashMap<>();
    final NavigableMap<Integer, TacticalAlertTemplate> alertTemplates = new TreeMap<>();
    final NavigableMap<Integer, TacticalUrlAction> urlActions = new TreeMap<>();
    final NavigableMap<Integer, TacticalCustomField> customFields = new TreeMap<>();
    final Map<String, String> globalKeyStore = new LinkedHashMap<>();
    final java.util.Set<Integer> policies = new java.util.TreeSet<>();

    final Map<String, KnoxToken> tokens = new ConcurrentHashMap<>();

    int nextClientId = 1;
    int nextSiteId = 1;
    int nextAgentId = 1;
    int nextAlertId = 1;
    int nextSoftwareId = 1;
    int nextUserId = 1;
    int nextApiKeyId = 1;
    int nextCustomFieldValueId = 1;

    /** A Knox token: the DB holds its expiry, which only moves when a renewal shifts it by more than 600 s. */
    static final class KnoxToken {
        final String token;
        final String username;
        final Instant created;
        private Instant expiry;

        KnoxToken(String token, String username, Instant created, Instant expiry) {
            this.token = token;
            this.username = username;
            this.created = created;
            this.expiry = expiry;
        }

        synchronized Instant expiry() {
            return expiry;
        }

        synchronized void expiry(Instant value) {
            this.expiry = value;
        }

        /** knox {@code renew_token}: new expiry now + TTL, saved only when it moves more than 600 s. */
        synchronized void renew(Instant now, java.time.Duration ttl) {
            Instant candidate = now.plus(ttl);
            if (expiry != null && java.time.Duration.between(expiry, candidate).compareTo(TacticalAuth.MIN_REFRESH_INTERVAL) > 0) {
                expiry = candidate;
            }
        }
    }

    <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void writeRun(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    void clear() {
        writeRun(() -> {
            clients.clear();
            sites.clear();
            agents.clear();
            agentIds.clear();
            alerts.clear();
            software.clear();
            users.clear();
            apiKeys.clear();
            alertTemplates.clear();
            urlActions.clear();
            customFields.clear();
            globalKeyStore.clear();
            policies.clear();
            tokens.clear();
            nextClientId = 1;
            nextSiteId = 1;
            nextAgentId = 1;
            nextAlertId = 1;
            nextSoftwareId = 1;
            nextUserId = 1;
            nextApiKeyId = 1;
            nextCustomFieldValueId = 1;
        });
    }

    // ------------------------------------------------------------------ lookups (call under a lock)

    TacticalSite siteOf(TacticalAgent agent) {
        return sites.get(agent.site());
    }

    TacticalClient clientOf(TacticalAgent agent) {
        TacticalSite site = siteOf(agent);
        return site == null ? null : clients.get(site.client());
    }

    TacticalAgent agentByAgentId(String agentId) {
        Integer pk = agentIds.get(agentId);
        return pk == null ? null : agents.get(pk);
    }

    List<TacticalSite> sitesOf(int clientId) {
        List<TacticalSite> result = new ArrayList<>();
        for (TacticalSite site : sites.values()) {
            if (site.client() == clientId) {
                result.add(site);
            }
        }
        return result;
    }

    /** Agents per site pk, for the clients list. */
    Map<Integer, List<TacticalAgent>> agentsBySite() {
        Map<Integer, List<TacticalAgent>> result = new HashMap<>();
        for (TacticalAgent agent : agents.values()) {
            result.computeIfAbsent(agent.site(), k -> new ArrayList<>()).add(agent);
        }
        return result;
    }

    Collection<TacticalAgent> agentList() {
        return agents.values();
    }

    void putAgent(TacticalAgent agent) {
        TacticalAgent previous = agents.put(agent.id(), agent);
        if (previous != null) {
            agentIds.remove(previous.agentId());
        }
        agentIds.put(agent.agentId(), agent.id());
        nextAgentId = Math.max(nextAgentId, agent.id() + 1);
    }
}
