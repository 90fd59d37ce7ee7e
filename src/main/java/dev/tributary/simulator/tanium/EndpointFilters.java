package dev.tributary.simulator.tanium;

import dev.tributary.simulator.tanium.TaniumWorld.Candidate;
import dev.tributary.simulator.tanium.TaniumWorld.GroupDef;
import graphql.schema.GraphQLObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Compiles {@code EndpointFieldFilter} and {@code FieldFilter} input values into predicates, with the
 * semantics of the published filter syntax: simple forms ({@code path}/{@code sensor}/{@code memberOf}
 * with {@code op} and {@code value}), compound {@code filters} joined by AND ({@code any: false}) or OR
 * ({@code any: true}), and {@code negated} on either. Invalid filters raise {@link GatewayError}.
 */
final class EndpointFilters {

    private final TaniumWorld world;
    private final GraphQLObjectType endpointType;

    EndpointFilters(TaniumWorld world, GraphQLObjectType endpointType) {
        this.world = world;
        this.endpointType = endpointType;
    }

    Predicate<Candidate> compile(Map<String, Object> filter) {
        return compileCosted(filter).test();
    }

    /** A compiled filter and whether it can be decided without materialising the endpoint. */
    private record Compiled(Predicate<Candidate> test, boolean cheap) {
    }

    private Compiled compileCosted(Map<String, Object> filter) {
        if (filter == null) {
            return new Compiled(c -> true, true);
        }
        Compiled base = compileBase(filter);
        return Boolean.TRUE.equals(filter.get("negated")) ? new Compiled(base.test().negate(), base.cheap()) : base;
    }

    @SuppressWarnings("unchecked")
    private Compiled compileBase(Map<String, Object> filter) {
        String path = (String) filter.get("path");
        Map<String, Object> sensor = (Map<String, Object>) filter.get("sensor");
        Map<String, Object> memberOf = (Map<String, Object>) filter.get("memberOf");
        List<Map<String, Object>> filters = (List<Map<String, Object>>) filter.get("filters");
        int forms = (path != null ? 1 : 0) + (sensor != null ? 1 : 0) + (memberOf != null ? 1 : 0)
                + (filters != null ? 1 : 0);
        if (forms > 1) {
            throw new GatewayError("invalid filter: use only one of path, sensor, memberOf or filters in one filter");
        }
        String op = (String) filter.get("op");
        String value = (String) filter.get("value");
        if (filters != null) {
            List<Compiled> parts = new ArrayList<>();
            for (Map<String, Object> child : filters) {
                parts.add(compileCosted(child));
            }
            // pure predicates: evaluate the cheap ones (group membership) first, so that a group scope
            // spares materialising endpoints outside the group
            parts.sort((a, b) -> Boolean.compare(b.cheap(), a.cheap()));
            List<Predicate<Candidate>> tests = parts.stream().map(Compiled::test).toList();
            boolean cheap = parts.stream().allMatch(Compiled::cheap);
            boolean any = Boolean.TRUE.equals(filter.get("any"));
            return new Compiled(any ? c -> tests.stream().anyMatch(p -> p.test(c))
                    : c -> tests.stream().allMatch(p -> p.test(c)), cheap);
        }
        if (memberOf != null) {
            GroupDef group = group(memberOf);
            return new Compiled(c -> world.isMember(group, c), group.rule == null || group.rule == TaniumWorld.ALL);
        }
        if (path != null) {
            if (path.equals("namespace")) {
                throw new GatewayError("invalid filter: filtering by namespace is not supported; use source.tds.namespaces");
            }
            Predicate<Object> test = FieldPaths.predicate(endpointType, path, op, value);
            return new Compiled(c -> test.test(c.endpoint()), false);
        }
        if (sensor != null) {
            String name = (String) sensor.get("name");
            if (name == null) {
                throw new GatewayError("invalid filter: sensor.name is required");
            }
            if (!Sensors.exists(name)) {
                throw Sensors.unknown(name);
            }
            Predicate<Object> test = sensorValueTest(op, value, name);
            return new Compiled(c -> Sensors.values(name, c.endpoint()).stream().anyMatch(test), false);
        }
        return new Compiled(c -> true, true);
    }

    private Predicate<Object> sensorValueTest(String op, String value, String name) {
        String operator = op == null ? "EQ" : op;
        if (value == null) {
            throw new GatewayError("invalid filter: a sensor filter on \"" + name + "\" needs a value");
        }
        if (operator.equals("UPDATED_AFTER") || operator.equals("READ_AFTER")) {
            throw new GatewayError("invalid filter: op " + operator + " is not supported for sensor \"" + name + "\"");
        }
        boolean numeric = isNumber(value) && List.of("LT", "LTE", "GT", "GTE", "EQ").contains(operator);
        if (numeric) {
            double expected = Double.parseDouble(value);
            Predicate<Object> asString = FieldPaths.stringTest(operator, value, name);
            return v -> v != null && isNumber(v.toString())
                    ? compareNumber(operator, Double.compare(Double.parseDouble(v.toString()), expected))
                    : asString.test(v);
        }
        return FieldPaths.stringTest(operator, value, name);
    }

    private static boolean compareNumber(String op, int cmp) {
        return switch (op) {
            case "LT" -> cmp < 0;
            case "LTE" -> cmp <= 0;
            case "GT" -> cmp > 0;
            case "GTE" -> cmp >= 0;
            default -> cmp == 0;
        };
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code memberOf: {id | name}}; the id wins when both are given; an unknown group is an error. */
    GroupDef group(Map<String, Object> ref) {
        Object id = ref.get("id");
        Object name = ref.get("name");
        if (id != null) {
            GroupDef def = world.group(id.toString());
            if (def == null) {
                throw new GatewayError("invalid filter: memberOf refers to computer group id \"" + id
                        + "\", which does not exist");
            }
            return def;
        }
        if (name != null) {
            GroupDef def = world.groupByName(name.toString());
            if (def == null) {
                throw new GatewayError("invalid filter: memberOf refers to computer group \"" + name
                        + "\", which does not exist");
            }
            return def;
        }
        throw new GatewayError("invalid filter: memberOf needs an id or a name");
    }

    /** A {@code FieldFilter} (e.g. on {@code installedApplications}) over objects of {@code type}. */
    @SuppressWarnings("unchecked")
    static Predicate<Object> compileFieldFilter(Map<String, Object> filter, GraphQLObjectType type) {
        if (filter == null) {
            return o -> true;
        }
        String path = (String) filter.get("path");
        List<Map<String, Object>> filters = (List<Map<String, Object>>) filter.get("filters");
        if (path != null && filters != null) {
            throw new GatewayError("invalid filter: use either path or filters in one filter");
        }
        Predicate<Object> base;
        if (filters != null) {
            List<Predicate<Object>> parts = new ArrayList<>();
            for (Map<String, Object> child : filters) {
                parts.add(compileFieldFilter(child, type));
            }
            boolean any = Boolean.TRUE.equals(filter.get("any"));
            base = any ? o -> parts.stream().anyMatch(p -> p.test(o)) : o -> parts.stream().allMatch(p -> p.test(o));
        } else if (path != null) {
            base = FieldPaths.predicate(type, path, (String) filter.get("op"), (String) filter.get("value"));
        } else {
            base = o -> true;
        }
        return Boolean.TRUE.equals(filter.get("negated")) ? base.negate() : base;
    }
}
