package dev.tributary.simulator.tanium;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Everything the fake Tanium knows: computer groups, explicitly added endpoints ("slots"), an optional
 * lazily generated fleet, Asset API rows and endpoint id changes. Safe for concurrent readers (request
 * threads) and writers (the test thread).
 *
 * <p>Endpoints are addressed by an int "ref": {@code ref >= 0} is generated fleet index {@code ref};
 * {@code ref < 0} is explicit slot {@code -ref - 1}.
 */
final class TaniumWorld {

    /** Membership rule of a group that contains every endpoint (decided without materialising one). */
    static final Predicate<TaniumEndpoint> ALL = e -> true;

    static final class GroupDef {
        final TaniumComputerGroup info;
        final Set<String> members = ConcurrentHashMap.newKeySet();
        final Predicate<TaniumEndpoint> rule;
        final int fleetGroup;

        GroupDef(TaniumComputerGroup info, Predicate<TaniumEndpoint> rule, int fleetGroup) {
            this.info = info;
            this.rule = rule;
            this.fleetGroup = fleetGroup;
        }
    }

    static final class Slot {
        volatile TaniumEndpoint endpoint;
        volatile boolean inGateway;
        final long assetId;

        Slot(TaniumEndpoint endpoint, boolean inGateway, long assetId) {
            this.endpoint = endpoint;
            this.inGateway = inGateway;
            this.assetId = assetId;
        }
    }

    record IdChange(String oldId, String newId, Instant at) {
    }

    private final Clock clock;
    private final Map<String, GroupDef> groups = new LinkedHashMap<>();
    private volatile Slot[] slots = new Slot[16];
    private volatile int slotCount;
    private final Map<String, Integer> slotById = new ConcurrentHashMap<>();
    private volatile FleetGenerator fleet;
    private final Map<Integer, Instant> fleetLastSeen = new ConcurrentHashMap<>();
    private final Map<Integer, String> fleetIdOverride = new ConcurrentHashMap<>();
    private final Map<String, Integer> fleetIndexByOverride = new ConcurrentHashMap<>();
    private final Set<Integer> fleetRemoved = ConcurrentHashMap.newKeySet();
    private final ConcurrentSkipListMap<Long, Object> explicitAssets = new ConcurrentSkipListMap<>();
    private long nextAssetId = 1001;
    private final List<IdChange> idChanges = new CopyOnWriteArrayList<>();

    TaniumWorld(Clock clock) {
        this.clock = clock;
    }

    // ---- groups -------------------------------------------------------------------------------

    synchronized GroupDef addGroup(TaniumComputerGroup info, Predicate<TaniumEndpoint> rule, int fleetGroup) {
        GroupDef def = new GroupDef(info, rule, fleetGroup);
        GroupDef old = groups.put(info.id(), def);
        if (old != null) {
            def.members.addAll(old.members);
        }
        return def;
    }

    synchronized boolean removeGroup(String id) {
        return groups.remove(id) != null;
    }

    synchronized List<GroupDef> groups() {
        return new ArrayList<>(groups.values());
    }

    synchronized GroupDef group(String id) {
        return groups.get(id);
    }

    synchronized GroupDef groupByName(String name) {
        for (GroupDef def : groups.values()) {
            if (def.info.name().equals(name)) {
                return def;
            }
        }
        return null;
    }

    synchronized void addMember(String groupId, String endpointId) {
        GroupDef def = groups.get(groupId);
        if (def == null) {
            throw new IllegalArgumentException("no computer group " + groupId);
        }
        def.members.add(endpointId);
    }

    synchronized void removeMember(String groupId, String endpointId) {
        GroupDef def = groups.get(groupId);
        if (def != null) {
            def.members.remove(endpointId);
        }
    }

    boolean isMember(GroupDef group, Candidate candidate) {
        int ref = candidate.ref;
        if (ref >= 0 && group.fleetGroup >= 0) {
            FleetGenerator f = fleet;
            if (f != null && f.isMember(ref, group.fleetGroup)) {
                return true;
            }
        }
        if (!group.members.isEmpty() && group.members.contains(candidate.id())) {
            return true;
        }
        return group.rule == ALL || group.rule != null && group.rule.test(candidate.endpoint());
    }

    // ---- explicit endpoints -----------------------------------------------------------------------

    /** Adds or replaces (same id) an endpoint; returns its asset id. */
    synchronized long putEndpoint(TaniumEndpoint endpoint, boolean inGateway, Long assetId) {
        Integer existing = slotById.get(endpoint.id());
        if (existing != null) {
            Slot slot = slots[existing];
            slot.endpoint = endpoint;
            slot.inGateway = inGateway;
            return slot.assetId;
        }
        if (fleetRefOfId(endpoint.id()) >= 0) {
            throw new IllegalArgumentException("endpoint id " + endpoint.id() + " belongs to the generated fleet");
        }
        long id = assetId != null ? assetId : nextAssetId;
        if (explicitAssets.containsKey(id)) {
            throw new IllegalArgumentException("asset id " + id + " is already used");
        }
        nextAssetId = Math.max(nextAssetId, id + 1);
        Slot slot = new Slot(endpoint, inGateway, id);
        if (slotCount == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        int index = slotCount;
        slots[index] = slot;
        slotCount = index + 1;
        slotById.put(endpoint.id(), index);
        explicitAssets.put(id, index);
        return id;
    }

    synchronized void putRawAsset(Map<String, Object> row) {
        Object id = row.get("id");
        if (!(id instanceof Number number)) {
            throw new IllegalArgumentException("an asset row needs a numeric id");
        }
        long assetId = number.longValue();
        explicitAssets.put(assetId, new LinkedHashMap<>(row));
        nextAssetId = Math.max(nextAssetId, assetId + 1);
    }

    // ---- generated fleet ----------------------------------------------------------------------------

    synchronized void setFleet(FleetGenerator generator) {
        FleetGenerator old = fleet;
        if (old != null) {
            for (TaniumComputerGroup g : old.groupInfos()) {
                groups.remove(g.id());
            }
        }
        fleetLastSeen.clear();
        fleetIdOverride.clear();
        fleetIndexByOverride.clear();
        fleetRemoved.clear();
        fleet = generator;
        if (generator != null) {
            for (int g = 0; g < generator.groups; g++) {
                addGroup(generator.groupInfos().get(g), null, g);
            }
        }
    }

    FleetGenerator fleet() {
        return fleet;
    }

    // ---- lookups and enumeration ------------------------------------------------------------------

    /** All refs the Gateway returns, explicit endpoints first (insertion order), then the fleet by index. */
    void forEachGatewayRef(IntConsumer consumer) {
        int count = slotCount;
        Slot[] current = slots;
        for (int k = 0; k < count; k++) {
            if (current[k].inGateway) {
                consumer.accept(-k - 1);
            }
        }
        FleetGenerator f = fleet;
        if (f != null) {
            boolean anyRemoved = !fleetRemoved.isEmpty();
            for (int i = 0; i < f.endpoints; i++) {
                if (!anyRemoved || !fleetRemoved.contains(i)) {
                    consumer.accept(i);
                }
            }
        }
    }

    TaniumEndpoint endpoint(int ref) {
        if (ref < 0) {
            return slots[-ref - 1].endpoint;
        }
        FleetGenerator f = fleet;
        TaniumEndpoint e = f.endpoint(ref);
        if (!fleetLastSeen.isEmpty()) {
            Instant lastSeen = fleetLastSeen.get(ref);
            if (lastSeen != null) {
                e = e.withEidLastSeen(lastSeen);
            }
        }
        if (!fleetIdOverride.isEmpty()) {
            String id = fleetIdOverride.get(ref);
            if (id != null) {
                e = e.withId(id);
            }
        }
        return e;
    }

    String endpointId(int ref) {
        if (ref < 0) {
            return slots[-ref - 1].endpoint.id();
        }
        if (!fleetIdOverride.isEmpty()) {
            String id = fleetIdOverride.get(ref);
            if (id != null) {
                return id;
            }
        }
        return fleet.gatewayId(ref);
    }

    /** The ref of an endpoint id (explicit or generated), or null. */
    Integer refOf(String id) {
        Integer slot = slotById.get(id);
        if (slot != null) {
            return -slot - 1;
        }
        int fleetRef = fleetRefOfId(id);
        return fleetRef >= 0 ? fleetRef : null;
    }

    private int fleetRefOfId(String id) {
        FleetGenerator f = fleet;
        if (f == null) {
            return -1;
        }
        Integer overridden = fleetIndexByOverride.get(id);
        if (overridden != null) {
            return overridden;
        }
        int i = f.indexOfGatewayId(id);
        return i >= 0 && !fleetIdOverride.containsKey(i) ? i : -1;
    }

    boolean inGateway(int ref) {
        if (ref < 0) {
            return slots[-ref - 1].inGateway;
        }
        FleetGenerator f = fleet;
        return f != null && ref < f.endpoints && !fleetRemoved.contains(ref);
    }

    int gatewayCount() {
        int[] count = {0};
        forEachGatewayRef(ref -> count[0]++);
        return count[0];
    }

    // ---- mutations ------------------------------------------------------------------------------------

    synchronized void touch(String id, Instant at) {
        int ref = requireRef(id);
        if (ref < 0) {
            Slot slot = slots[-ref - 1];
            slot.endpoint = slot.endpoint.withEidLastSeen(at);
        } else {
            fleetLastSeen.put(ref, at);
        }
    }

    synchronized void setInGateway(String id, boolean visible) {
        int ref = requireRef(id);
        if (ref < 0) {
            slots[-ref - 1].inGateway = visible;
        } else if (visible) {
            fleetRemoved.remove(ref);
        } else {
            fleetRemoved.add(ref);
        }
    }

    synchronized void changeId(String oldId, String newId) {
        int ref = requireRef(oldId);
        if (refOf(newId) != null) {
            throw new IllegalArgumentException("endpoint id " + newId + " is already used");
        }
        if (ref < 0) {
            int index = -ref - 1;
            Slot slot = slots[index];
            slot.endpoint = slot.endpoint.withId(newId);
            slotById.remove(oldId);
            slotById.put(newId, index);
        } else {
            fleetIndexByOverride.remove(oldId);
            fleetIdOverride.put(ref, newId);
            fleetIndexByOverride.put(newId, ref);
        }
        for (GroupDef def : groups.values()) {
            if (def.members.remove(oldId)) {
                def.members.add(newId);
            }
        }
        idChanges.add(new IdChange(oldId, newId, clock.instant()));
    }

    List<IdChange> idChanges() {
        return List.copyOf(idChanges);
    }

    private int requireRef(String id) {
        Integer ref = refOf(id);
        if (ref == null) {
            throw new IllegalArgumentException("no endpoint with id " + id);
        }
        return ref;
    }

    synchronized void clear() {
        groups.clear();
        slots = new Slot[16];
        slotCount = 0;
        slotById.clear();
        explicitAssets.clear();
        nextAssetId = 1001;
        idChanges.clear();
        setFleet(null);
    }

    // ---- Asset API -------------------------------------------------------------------------------------

    /**
     * Up to {@code limit} asset rows with id {@code >= minimumAssetId}, ascending; {@code more[0]} tells
     * whether rows remain after the page.
     */
    List<Map<String, Object>> assetPage(long minimumAssetId, int limit, boolean[] more) {
        List<Map<String, Object>> page = new ArrayList<>(Math.min(limit, 1024));
        NavigableMap<Long, Object> tail = explicitAssets.tailMap(minimumAssetId, true);
        var explicit = tail.entrySet().iterator();
        Map.Entry<Long, Object> nextExplicit = explicit.hasNext() ? explicit.next() : null;
        FleetGenerator f = fleet;
        long fleetFirst = f == null ? Long.MAX_VALUE : Math.max(minimumAssetId, f.assetId(0));
        long fleetEnd = f == null ? Long.MIN_VALUE : f.assetId(f.total());
        long fleetNext = fleetFirst;
        while (page.size() < limit) {
            boolean fleetHas = fleetNext < fleetEnd;
            if (nextExplicit == null && !fleetHas) {
                break;
            }
            if (nextExplicit != null && (!fleetHas || nextExplicit.getKey() <= fleetNext)) {
                page.add(explicitRow(nextExplicit.getKey(), nextExplicit.getValue()));
                nextExplicit = explicit.hasNext() ? explicit.next() : null;
            } else {
                int i = (int) (fleetNext - f.assetId(0));
                page.add(AssetRows.fromEndpoint(fleetNext, endpoint(i)));
                fleetNext++;
            }
        }
        more[0] = nextExplicit != null || fleetNext < fleetEnd;
        return page;
    }

    private Map<String, Object> explicitRow(long assetId, Object source) {
        if (source instanceof Integer slot) {
            return AssetRows.fromEndpoint(assetId, slots[slot].endpoint);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) source;
        return new LinkedHashMap<>(raw);
    }

    int assetCount() {
        FleetGenerator f = fleet;
        return explicitAssets.size() + (f == null ? 0 : f.total());
    }

    /** One endpoint under evaluation: lazily materialised, so membership checks stay cheap. */
    final class Candidate {
        int ref;
        private TaniumEndpoint cached;

        void reset(int newRef) {
            this.ref = newRef;
            this.cached = null;
        }

        TaniumEndpoint endpoint() {
            if (cached == null) {
                cached = TaniumWorld.this.endpoint(ref);
            }
            return cached;
        }

        String id() {
            return cached != null ? cached.id() : endpointId(ref);
        }
    }

    Candidate candidate() {
        return new Candidate();
    }
}
