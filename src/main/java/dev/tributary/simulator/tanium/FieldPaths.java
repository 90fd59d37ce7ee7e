package dev.tributary.simulator.tanium;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Dot paths over the schema's object types ({@code "os.platform"}, {@code "eidLastSeen"}) as the filter
 * syntax uses them: checked against the schema, resolved on the model records, compared per leaf type.
 */
final class FieldPaths {

    /** Leaf kinds with their own comparison rules. */
    enum LeafKind { STRING, ENUM, INT, FLOAT, BOOLEAN, TIME }

    record ResolvedPath(String[] segments, LeafKind kind, String typeName) {
    }

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private FieldPaths() {
    }

    /** Checks {@code path} against {@code root}; a bad path is an execution error, as on the real Gateway. */
    static ResolvedPath resolve(GraphQLObjectType root, String path) {
        if (path == null || path.isBlank()) {
            throw new GatewayError("invalid filter: path must not be empty");
        }
        String[] segments = path.split("\\.", -1);
        GraphQLType current = root;
        for (int k = 0; k < segments.length; k++) {
            if (!(current instanceof GraphQLObjectType object)) {
                throw new GatewayError("invalid filter path \"" + path + "\": \"" + segments[k - 1]
                        + "\" has no fields");
            }
            GraphQLFieldDefinition field = object.getFieldDefinition(segments[k]);
            if (field == null) {
                throw new GatewayError("invalid filter path \"" + path + "\": no field \"" + segments[k]
                        + "\" on type \"" + object.getName() + "\"");
            }
            if (!field.getArguments().isEmpty()) {
                throw new GatewayError("invalid filter path \"" + path + "\": field \"" + segments[k]
                        + "\" takes arguments and cannot be filtered");
            }
            current = unwrap(field.getType());
        }
        if (current instanceof GraphQLEnumType enumType) {
            return new ResolvedPath(segments, LeafKind.ENUM, enumType.getName());
        }
        if (current instanceof GraphQLScalarType scalar) {
            LeafKind kind = switch (scalar.getName()) {
                case "Int" -> LeafKind.INT;
                case "Float" -> LeafKind.FLOAT;
                case "Boolean" -> LeafKind.BOOLEAN;
                case "Time" -> LeafKind.TIME;
                default -> LeafKind.STRING;
            };
            return new ResolvedPath(segments, kind, scalar.getName());
        }
        throw new GatewayError("invalid filter path \"" + path + "\": it must end at a scalar field, not at \""
                + ((GraphQLNamedType) current).getName() + "\"");
    }

    private static GraphQLType unwrap(GraphQLType type) {
        GraphQLType current = type;
        while (current instanceof GraphQLNonNull || current instanceof GraphQLList) {
            current = current instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType()
                    : ((GraphQLList) current).getWrappedType();
        }
        return current;
    }

    /** The values at {@code path} (lists flattened; a null along the way gives no value). */
    static List<Object> values(Object root, String[] segments) {
        List<Object> current = new ArrayList<>();
        current.add(root);
        for (String segment : segments) {
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                if (value == null) {
                    continue;
                }
                Object child = property(value, segment);
                if (child instanceof Collection<?> many) {
                    next.addAll(many);
                } else if (child != null) {
                    next.add(child);
                } else {
                    next.add(null);
                }
            }
            current = next;
        }
        return current;
    }

    private static Object property(Object target, String name) {
        if (target instanceof Map<?, ?> map) {
            return map.get(name);
        }
        Method method = ACCESSORS.computeIfAbsent(target.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> {
                    try {
                        return target.getClass().getMethod(n);
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException("model " + target.getClass().getSimpleName() + " lacks " + n, e);
                    }
                });
        try {
            return method.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A predicate on the root object: true when any value at the path satisfies {@code op value}.
     * Operators are checked against the leaf type (string operators on strings, comparisons on
     * comparable types), like the real filter syntax.
     */
    static Predicate<Object> predicate(GraphQLObjectType root, String path, String op, String value) {
        ResolvedPath resolved = resolve(root, path);
        Predicate<Object> test = valueTest(resolved.kind(), resolved.typeName(), path, op, value);
        String[] segments = resolved.segments();
        return object -> {
            for (Object v : values(object, segments)) {
                if (test.test(v)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** A test on one leaf value. */
    static Predicate<Object> valueTest(LeafKind kind, String typeName, String path, String op, String value) {
        String operator = op == null ? "EQ" : op;
        if (operator.equals("UPDATED_AFTER") || operator.equals("READ_AFTER")) {
            throw new GatewayError("invalid filter: op " + operator + " is not supported for path \"" + path + "\"");
        }
        if (value == null) {
            if (operator.equals("EQ")) {
                return v -> v == null;
            }
            throw new GatewayError("invalid filter: op " + operator + " on path \"" + path + "\" needs a value");
        }
        boolean stringOp = operator.equals("CONTAINS") || operator.equals("STARTS_WITH")
                || operator.equals("ENDS_WITH") || operator.equals("MATCHES");
        switch (kind) {
            case BOOLEAN -> {
                if (!operator.equals("EQ")) {
                    throw opNotValid(operator, path, typeName);
                }
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new GatewayError("invalid filter value \"" + value + "\" for Boolean path \"" + path + "\"");
                }
                boolean expected = Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
                return v -> v != null && (Boolean) v == expected;
            }
            case INT, FLOAT -> {
                if (stringOp) {
                    throw opNotValid(operator, path, typeName);
                }
                double expected;
                try {
                    expected = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new GatewayError("invalid filter value \"" + value + "\" for " + typeName + " path \"" + path + "\"");
                }
                return v -> v != null && compare(operator, Double.compare(((Number) v).doubleValue(), expected));
            }
            case TIME -> {
                if (stringOp) {
                    throw opNotValid(operator, path, typeName);
                }
                Instant expected = parseTime(value, "invalid filter value \"" + value + "\" for Time path \"" + path
                        + "\": expected an RFC 3339 time");
                return v -> v != null && compare(operator, toInstant(v).compareTo(expected));
            }
            default -> {
                return stringTest(operator, value, path);
            }
        }
    }

    static Predicate<Object> stringTest(String operator, String value, String path) {
        return switch (operator) {
            case "EQ" -> v -> v != null && v.toString().equals(value);
            case "CONTAINS" -> v -> v != null && v.toString().contains(value);
            case "STARTS_WITH" -> v -> v != null && v.toString().startsWith(value);
            case "ENDS_WITH" -> v -> v != null && v.toString().endsWith(value);
            case "MATCHES" -> {
                Pattern pattern;
                try {
                    pattern = Pattern.compile(value);
                } catch (PatternSyntaxException e) {
                    throw new GatewayError("invalid filter: \"" + value + "\" is not a valid regular expression for path \""
                            + path + "\"");
                }
                yield v -> v != null && pattern.matcher(v.toString()).find();
            }
            case "LT", "LTE", "GT", "GTE" -> v -> v != null && compare(operator, v.toString().compareTo(value));
            default -> throw new GatewayError("invalid filter: unknown op " + operator);
        };
    }

    private static GatewayError opNotValid(String op, String path, String typeName) {
        return new GatewayError("invalid filter: op " + op + " is not valid for path \"" + path + "\" of type " + typeName);
    }

    private static boolean compare(String op, int cmp) {
        return switch (op) {
            case "EQ" -> cmp == 0;
            case "LT" -> cmp < 0;
            case "LTE" -> cmp <= 0;
            case "GT" -> cmp > 0;
            case "GTE" -> cmp >= 0;
            default -> false;
        };
    }

    static Instant parseTime(String value, String errorMessage) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new GatewayError(errorMessage);
        }
    }

    private static Instant toInstant(Object v) {
        return v instanceof Instant instant ? instant : OffsetDateTime.parse(v.toString()).toInstant();
    }

    /** The sort key at {@code path}: its first value, as a {@link Comparable}, or null. */
    static Function<Object, Comparable<Object>> sortKey(GraphQLObjectType root, String path) {
        ResolvedPath resolved = resolve(root, path);
        return object -> {
            List<Object> values = values(object, resolved.segments());
            Object first = values.isEmpty() ? null : values.get(0);
            if (first == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = first instanceof Comparable<?> c ? (Comparable<Object>) c
                    : (Comparable<Object>) (Object) first.toString();
            return comparable;
        };
    }
}
