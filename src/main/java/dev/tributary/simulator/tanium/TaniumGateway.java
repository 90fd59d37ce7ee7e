package dev.tributary.simulator.tanium;

import dev.tributary.simulator.tanium.CursorRegistry.Collection;
import dev.tributary.simulator.tanium.CursorRegistry.CollectionNumbers;
import dev.tributary.simulator.tanium.CursorRegistry.Position;
import dev.tributary.simulator.tanium.TaniumWorld.Candidate;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.CoercedVariables;
import graphql.execution.DataFetcherResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL half of the fake Gateway: the contract subset schema executed by graphql-java, with data
 * fetchers over {@link TaniumWorld}, cursored collections and the real error behaviour (validation
 * failures are request errors, everything else is an execution error beside partial data).
 */
final class TaniumGateway {

    static final String SCHEMA_RESOURCE = "simulator/tanium/tanium_gateway_subset.schema.graphql";

    /** Outcome of one GraphQL request: HTTP status and the JSON body. */
    record Response(int status, Map<String, Object> body) {
    }

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    record EndpointEdge(String cursor, TaniumEndpoint node) {
    }

    record ComputerGroupEdge(String cursor, TaniumComputerGroup node) {
    }

    record CollectionInfo(boolean active, boolean success, int contributedTotal, Integer expectedTotal,
                          Integer respondedTotal, Double respondedPercentage, String startCursor) {
    }

    record EndpointConnection(List<EndpointEdge> edges, PageInfo pageInfo, int totalRecords,
                              CollectionInfo collectionInfo) {
    }

    record ComputerGroupConnection(List<ComputerGroupEdge> edges, PageInfo pageInfo, int totalRecords) {
    }

    private static final Logger log = LoggerFactory.getLogger(TaniumGateway.class);

    private final TaniumWorld world;
    private final CursorRegistry cursors;
    private final Clock clock;
    private final TaniumSimulatorConfig config;
    private final GraphQLSchema schema;
    private final GraphQL graphQL;
    private final EndpointFilters filters;
    private final GraphQLObjectType endpointType;
    private final GraphQLObjectType applicationType;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> deniedFields = ConcurrentHashMap.newKeySet();

    TaniumGateway(TaniumWorld world, CursorRegistry cursors, Clock clock, TaniumSimulatorConfig config) {
        this.world = world;
        this.cursors = cursors;
        this.clock = clock;
        this.config = config;
        this.schema = buildSchema();
        this.endpointType = schema.getObjectType("Endpoint");
        this.applicationType = schema.getObjectType("EndpointInstalledApplication");
        this.filters = new EndpointFilters(world, endpointType);
        this.graphQL = GraphQL.newGraphQL(schema).preparsedDocumentProvider(new DocumentCache(256)).build();
    }

    GraphQLSchema schema() {
        return schema;
    }

    void denyFields(java.util.Collection<String> rootFields) {
        deniedFields.clear();
        deniedFields.addAll(rootFields);
    }

    Set<String> deniedFields() {
        return Collections.unmodifiableSet(deniedFields);
    }

    // ---- execution ---------------------------------------------------------------------------------

    Response execute(String query, Map<String, Object> variables, String operationName) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(query)
                .variables(variables == null ? Map.of() : variables)
                .operationName(operationName)
                .locale(Locale.ENGLISH)
                .build();
        ExecutionResult result = graphQL.execute(input);
        Map<String, Object> body = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (GraphQLError error : result.getErrors()) {
                errors.add(errorJson(error));
            }
            body.put("errors", errors);
        }
        if (result.isDataPresent()) {
            body.put("data", result.getData());
            return new Response(200, body);
        }
        return new Response(400, body);
    }

    private Map<String, Object> errorJson(GraphQLError error) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("message", ValidationMessages.message(error, schema));
        List<SourceLocation> locations = error.getLocations();
        if (locations != null && !locations.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (SourceLocation location : locations) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("line", location.getLine());
                l.put("column", location.getColumn());
                list.add(l);
            }
            out.put("locations", list);
        }
        if (error.getPath() != null && !error.getPath().isEmpty()) {
            out.put("path", error.getPath());
        }
        return out;
    }

    // ---- schema and wiring ----------------------------------------------------------------------

    private GraphQLSchema buildSchema() {
        TypeDefinitionRegistry registry;
        try (InputStream in = TaniumGateway.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            registry = new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(opaqueScalar("Cursor", "A relay pagination cursor, which is an opaque string"))
                .scalar(opaqueScalar("Time", "An instant in time in RFC 3339 format"))
                .type(TypeRuntimeWiring.newTypeWiring("Connection").typeResolver(env -> env.getSchema().getObjectType(
                        env.getObject() instanceof EndpointConnection ? "EndpointConnection" : "ComputerGroupConnection")))
                .type(TypeRuntimeWiring.newTypeWiring("Edge").typeResolver(env -> env.getSchema().getObjectType(
                        env.getObject() instanceof EndpointEdge ? "EndpointEdge" : "ComputerGroupEdge")))
                .type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("now", guarded(this::now))
                        .dataFetcher("computerGroups", guarded(this::computerGroups))
                        .dataFetcher("computerGroup", guarded(this::computerGroup))
                        .dataFetcher("endpoints", guarded(this::endpoints))
                        .dataFetcher("endpointIdChanges", guarded(this::endpointIdChanges)))
                .type(TypeRuntimeWiring.newTypeWiring("Endpoint")
                        .dataFetcher("installedApplications", guarded(this::installedApplications))
                        .dataFetcher("sensorReadings", guarded(this::sensorReadings))
                        .dataFetcher("sensorReading", guarded(this::sensorReading)))
                .build();
        return new SchemaGenerator().makeExecutableSchema(registry, wiring);
    }

    private static GraphQLScalarType opaqueScalar(String name, String description) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<String, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof Instant instant) {
                    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
                }
                return value.toString();
            }

            @Override
            public String parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String s) {
                    return s;
                }
                throw new CoercingParseValueException(name + " cannot represent a non-string value: " + input);
            }

            @Override
            public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
                if (input instanceof StringValue s) {
                    return s.getValue();
                }
                throw new CoercingParseLiteralException(name + " cannot represent a non-string value");
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return StringValue.of(input.toString());
            }
        }).build();
    }

    /** Turns a {@link GatewayError} into an execution error on this field (the field becomes null). */
    private static DataFetcher<Object> guarded(DataFetcher<Object> fetcher) {
        return env -> {
            try {
                return fetcher.get(env);
            } catch (GatewayError e) {
                return DataFetcherResult.newResult()
                        .error(GraphqlErrorBuilder.newError(env).message("%s", e.getMessage()).build())
                        .build();
            } catch (RuntimeException e) {
                log.warn("Tanium simulator fetcher {} failed", env.getField().getName(), e);
                return DataFetcherResult.newResult()
                        .error(GraphqlErrorBuilder.newError(env).message("%s", "internal error").build())
                        .build();
            }
        };
    }

    private void checkPermission(DataFetchingEnvironment env) {
        String field = env.getField().getName();
        if (deniedFields.contains(field) || deniedFields.contains("*")) {
            throw new GatewayError("missing required permissions to read " + field + "; the persona bound to this API "
                    + "token needs Gateway API Execute and read access to the Tanium Data Service content");
        }
    }

    // ---- Query fields -----------------------------------------------------------------------------

    private Object now(DataFetchingEnvironment env) {
        checkPermission(env);
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private Object computerGroup(DataFetchingEnvironment env) {
        checkPermission(env);
        Map<String, Object> ref = env.getArgument("ref");
        Object id = ref.get("id");
        Object name = ref.get("name");
        if (id != null) {
            TaniumWorld.GroupDef def = world.group(id.toString());
            return def == null ? null : def.info;
        }
        if (name != null) {
            TaniumWorld.GroupDef def = world.groupByName(name.toString());
            return def == null ? null : def.info;
        }
        throw new GatewayError("invalid ref: give an id or a name");
    }

    private Object computerGroups(DataFetchingEnvironment env) {
        checkPermission(env);
        Paging paging = paging(env);
        Map<String, Object> filter = env.getArgument("filter");
        String fingerprint = fingerprint(filter, null, null);
        Collection collection = paging.start(cursors, "computerGroups", fingerprint);
        if (collection == null) {
            List<TaniumComputerGroup> matched = new ArrayList<>();
            Predicate<TaniumComputerGroup> predicate = groupFilter(filter);
            for (TaniumWorld.GroupDef def : world.groups()) {
                if (predicate.test(def.info)) {
                    matched.add(def.info);
                }
            }
            collection = cursors.register("computerGroups", fingerprint, null, List.copyOf(matched), null);
        }
        int[] range = paging.range(collection);
        List<ComputerGroupEdge> edges = new ArrayList<>(range[1] - range[0]);
        for (int k = range[0]; k < range[1]; k++) {
            edges.add(new ComputerGroupEdge(cursors.cursor(collection, k), collection.groups.get(k)));
        }
        return new ComputerGroupConnection(edges, pageInfo(collection, range), collection.size());
    }

    private Predicate<TaniumComputerGroup> groupFilter(Map<String, Object> filter) {
        if (filter == null) {
            return g -> true;
        }
        Object type = filter.get("type");
        Object management = filter.get("managementRightsEnabled");
        Object filterEnabled = filter.get("filterEnabled");
        String name = (String) filter.get("name");
        Predicate<Object> nameTest = name == null ? v -> true
                : FieldPaths.valueTest(FieldPaths.LeafKind.STRING, "String", "name",
                (String) filter.getOrDefault("nameOp", "EQ"), name);
        return g -> (type == null || type.equals(g.type()))
                && (management == null || management.equals(g.managementRightsEnabled()))
                && (filterEnabled == null || filterEnabled.equals(g.filterEnabled()))
                && nameTest.test(g.name());
    }

    private Object endpoints(DataFetchingEnvironment env) {
        checkPermission(env);
        Paging paging = paging(env);
        Map<String, Object> filter = env.getArgument("filter");
        Map<String, Object> source = env.getArgument("source");
        List<Map<String, Object>> sort = env.getArgument("sort");
        String refresh = env.getArgument("refresh");
        checkSelectedSensors(env);
        SourceSpec spec = SourceSpec.of(source);
        String fingerprint = fingerprint(filter, source, sort);

        Collection collection;
        if (refresh != null) {
            Position old = cursors.resolve(refresh, "endpoints", fingerprint);
            cursors.invalidate(old.collection());
            collection = buildEndpointCollection(filter, spec, sort, fingerprint);
            paging.clearCursors();
        } else {
            collection = paging.start(cursors, "endpoints", fingerprint);
            if (collection == null) {
                collection = buildEndpointCollection(filter, spec, sort, fingerprint);
            }
        }
        int[] range = paging.range(collection);
        List<EndpointEdge> edges = new ArrayList<>(range[1] - range[0]);
        for (int k = range[0]; k < range[1]; k++) {
            edges.add(new EndpointEdge(cursors.cursor(collection, k), world.endpoint(collection.refs[k])));
        }
        int total = collection.size();
        CollectionInfo info;
        if (collection.numbers == null) {
            info = new CollectionInfo(false, true, total, null, null, null, null);
        } else {
            CollectionNumbers n = collection.numbers;
            info = new CollectionInfo(false, true, total, n.expectedTotal(), n.respondedTotal(),
                    n.expectedTotal() == 0 ? null : (double) n.respondedTotal() / n.expectedTotal(),
                    cursors.cursor(collection, -1));
        }
        return new EndpointConnection(edges, pageInfo(collection, range), total, info);
    }

    private Collection buildEndpointCollection(Map<String, Object> filter, SourceSpec spec,
                                               List<Map<String, Object>> sort, String fingerprint) {
        Predicate<Candidate> predicate = filters.compile(filter);
        Function<TaniumEndpoint, Comparable<Object>> sortKey = sortKey(sort);
        boolean descending = sort != null && !sort.isEmpty() && "desc".equals(sort.get(0).get("order"));
        Predicate<Candidate> sourceFilter = spec.prefilter(clock.instant().minus(config.onlineWindow()));
        Candidate candidate = world.candidate();
        int[][] buffer = {new int[1024]};
        int[] count = {0};
        int[] online = {0};
        world.forEachGatewayRef(ref -> {
            candidate.reset(ref);
            if (!sourceFilter.test(candidate)) {
                return;
            }
            online[0]++;
            if (predicate.test(candidate)) {
                if (count[0] == buffer[0].length) {
                    buffer[0] = Arrays.copyOf(buffer[0], buffer[0].length * 2);
                }
                buffer[0][count[0]++] = ref;
            }
        });
        int[] refs = Arrays.copyOf(buffer[0], count[0]);
        if (sortKey != null) {
            refs = sorted(refs, sortKey, descending);
        }
        CollectionNumbers numbers = spec.live ? new CollectionNumbers(online[0], online[0]) : null;
        return cursors.register("endpoints", fingerprint, refs, null, numbers);
    }

    private int[] sorted(int[] refs, Function<TaniumEndpoint, Comparable<Object>> key, boolean descending) {
        List<Comparable<Object>> keys = new ArrayList<>(refs.length);
        Integer[] order = new Integer[refs.length];
        for (int k = 0; k < refs.length; k++) {
            keys.add(key.apply(world.endpoint(refs[k])));
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            Comparable<Object> x = keys.get(a);
            Comparable<Object> y = keys.get(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return descending ? y.compareTo(x) : x.compareTo(y);
        });
        int[] result = new int[refs.length];
        for (int k = 0; k < refs.length; k++) {
            result[k] = refs[order[k]];
        }
        return result;
    }

    private Function<TaniumEndpoint, Comparable<Object>> sortKey(List<Map<String, Object>> sort) {
        if (sort == null || sort.isEmpty()) {
            return null;
        }
        if (sort.size() > 1) {
            throw new GatewayError("invalid sort: at most one sort field is supported");
        }
        Map<String, Object> entry = sort.get(0);
        String path = (String) entry.get("path");
        @SuppressWarnings("unchecked")
        Map<String, Object> sensor = (Map<String, Object>) entry.get("sensor");
        if ((path == null) == (sensor == null)) {
            throw new GatewayError("invalid sort: give exactly one of path or sensor");
        }
        if (path != null) {
            Function<Object, Comparable<Object>> key = FieldPaths.sortKey(endpointType, path);
            return key::apply;
        }
        String name = (String) sensor.get("name");
        if (!Sensors.exists(name)) {
            throw Sensors.unknown(name);
        }
        return e -> {
            List<String> values = Sensors.values(name, e);
            @SuppressWarnings("unchecked")
            Comparable<Object> first = values.isEmpty() ? null : (Comparable<Object>) (Object) values.get(0);
            return first;
        };
    }

    /** Unknown sensors anywhere in the selection fail the whole query, as on the real Gateway. */
    @SuppressWarnings("unchecked")
    private void checkSelectedSensors(DataFetchingEnvironment env) {
        for (SelectedField field : env.getSelectionSet().getFields()) {
            if (field.getName().equals("sensorReadings")) {
                Object sensors = field.getArguments().get("sensors");
                if (sensors instanceof List<?> list) {
                    for (Object sensor : list) {
                        String name = (String) ((Map<String, Object>) sensor).get("name");
                        if (!Sensors.exists(name)) {
                            throw Sensors.unknown(name);
                        }
                    }
                }
            } else if (field.getName().equals("sensorReading")) {
                Object sensor = field.getArguments().get("sensor");
                if (sensor instanceof Map<?, ?> map && !Sensors.exists((String) map.get("name"))) {
                    throw Sensors.unknown((String) map.get("name"));
                }
            }
        }
    }

    private Object endpointIdChanges(DataFetchingEnvironment env) {
        checkPermission(env);
        String after = env.getArgument("after");
        String namespace = env.getArgument("namespace");
        Instant since = FieldPaths.parseTime(after, "invalid value for argument \"after\": \"" + after
                + "\" is not an RFC 3339 time");
        Instant now = clock.instant();
        List<Map<String, Object>> changes = new ArrayList<>();
        if (namespace == null || namespace.isEmpty()) {
            for (TaniumWorld.IdChange change : world.idChanges()) {
                if (change.at().isAfter(since) && !change.at().isAfter(now)) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("oldId", change.oldId());
                    c.put("newId", change.newId());
                    changes.add(c);
                }
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("before", now.truncatedTo(ChronoUnit.SECONDS));
        payload.put("changes", changes);
        return payload;
    }

    // ---- Endpoint fields with arguments -------------------------------------------------------------

    private Object installedApplications(DataFetchingEnvironment env) {
        TaniumEndpoint endpoint = env.getSource();
        Map<String, Object> filter = env.getArgument("filter");
        if (filter == null) {
            return endpoint.installedApplications();
        }
        Predicate<Object> predicate = EndpointFilters.compileFieldFilter(filter, applicationType);
        return endpoint.installedApplications().stream().filter(predicate).toList();
    }

    @SuppressWarnings("unchecked")
    private Object sensorReadings(DataFetchingEnvironment env) {
        TaniumEndpoint endpoint = env.getSource();
        List<Map<String, Object>> sensors = env.getArgument("sensors");
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Map<String, Object> sensor : sensors) {
            String name = (String) sensor.get("name");
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("name", Sensors.displayName(name));
            List<Map<String, Object>> params = (List<Map<String, Object>>) sensor.get("params");
            ref.put("params", params == null ? null : params);
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", Sensors.displayName(name));
            column.put("values", Sensors.values(name, endpoint));
            column.put("sensor", ref);
            columns.add(column);
        }
        return Map.of("columns", columns);
    }

    private Object sensorReading(DataFetchingEnvironment env) {
        TaniumEndpoint endpoint = env.getSource();
        Map<String, Object> sensor = env.getArgument("sensor");
        List<String> values = Sensors.values((String) sensor.get("name"), endpoint);
        List<Double> floats = new ArrayList<>();
        for (String v : values) {
            Double parsed;
            try {
                parsed = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                parsed = null;
            }
            floats.add(parsed);
        }
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("values", values);
        reading.put("floatValues", floats);
        return reading;
    }

    // ---- paging helpers --------------------------------------------------------------------------------

    private Paging paging(DataFetchingEnvironment env) {
        Integer first = env.getArgument("first");
        Integer last = env.getArgument("last");
        String after = env.getArgument("after");
        String before = env.getArgument("before");
        checkSize("first", first);
        checkSize("last", last);
        if (before != null && last == null) {
            throw new GatewayError("invalid arguments: \"last\" is required with \"before\"");
        }
        return new Paging(first == null ? 20 : first, last, after, before);
    }

    private void checkSize(String name, Integer value) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            throw new GatewayError("invalid value for argument \"" + name + "\": " + value + " must not be negative");
        }
        if (value > config.maxPageSize()) {
            throw new GatewayError("invalid value for argument \"" + name + "\": " + value + " exceeds the maximum of "
                    + config.maxPageSize());
        }
    }

    private PageInfo pageInfo(Collection collection, int[] range) {
        boolean empty = range[0] >= range[1];
        return new PageInfo(range[1] < collection.size(), range[0] > 0,
                empty ? null : cursors.cursor(collection, range[0]),
                empty ? null : cursors.cursor(collection, range[1] - 1));
    }

    private String fingerprint(Map<String, Object> filter, Map<String, Object> source, List<Map<String, Object>> sort) {
        Map<String, Object> key = new TreeMap<>();
        key.put("filter", canonical(filter));
        key.put("source", canonical(source));
        key.put("sort", canonical(sort));
        return json.writeValueAsString(key);
    }

    @SuppressWarnings("unchecked")
    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(k.toString(), canonical(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TaniumGateway::canonical).toList();
        }
        return value;
    }

    /** first/last/after/before of one request, and the positions its cursors resolve to. */
    private static final class Paging {
        private final int first;
        private final Integer last;
        private final String after;
        private final String before;
        private Position afterPos;
        private Position beforePos;

        Paging(int first, Integer last, String after, String before) {
            this.first = first;
            this.last = last;
            this.after = after;
            this.before = before;
        }

        /** The collection the cursors point into, or null when the request starts a new walk. */
        Collection start(CursorRegistry cursors, String field, String fingerprint) {
            if (after == null && before == null) {
                return null;
            }
            afterPos = after == null ? null : cursors.resolve(after, field, fingerprint);
            beforePos = before == null ? null : cursors.resolve(before, field, fingerprint);
            if (afterPos != null && beforePos != null && afterPos.collection() != beforePos.collection()) {
                throw new GatewayError("invalid cursor: after and before belong to different collections");
            }
            return afterPos != null ? afterPos.collection() : beforePos.collection();
        }

        /** A refreshed collection starts from its beginning. */
        void clearCursors() {
            afterPos = null;
            beforePos = null;
        }

        /** [start, end) of the page in the collection. */
        int[] range(Collection collection) {
            int size = collection.size();
            int start = afterPos == null ? 0 : afterPos.index() + 1;
            int end = beforePos == null ? size : Math.max(0, beforePos.index());
            if (last != null) {
                start = Math.max(start, end - last);
            } else {
                end = Math.min(end, start + first);
            }
            start = Math.min(start, end);
            return new int[] {start, end};
        }
    }

    /** The {@code source} argument: TDS (default) or the Tanium Server (live, online endpoints only). */
    private record SourceSpec(boolean live, boolean excludeErrors, boolean excludeNoResults, boolean otherNamespaceOnly) {

        @SuppressWarnings("unchecked")
        static SourceSpec of(Map<String, Object> source) {
            if (source == null) {
                return new SourceSpec(false, false, false, false);
            }
            Map<String, Object> tds = (Map<String, Object>) source.get("tds");
            Map<String, Object> ts = (Map<String, Object>) source.get("ts");
            if (tds != null && ts != null) {
                throw new GatewayError("invalid source: specify only one of tds or ts");
            }
            if (ts != null) {
                Object maxWait = ts.get("maxWaitTime");
                if (maxWait instanceof Integer wait && (wait < 0 || wait > 30)) {
                    throw new GatewayError("invalid source: ts.maxWaitTime must be between 0 and 30 seconds");
                }
                Object minPercentage = ts.get("minPercentage");
                if (minPercentage instanceof Number pct && (pct.doubleValue() < 0 || pct.doubleValue() > 1)) {
                    throw new GatewayError("invalid source: ts.minPercentage must be between 0.0 and 1.0");
                }
                return new SourceSpec(true, Boolean.TRUE.equals(ts.get("excludeErrors")),
                        Boolean.TRUE.equals(ts.get("excludeNoResults")), false);
            }
            if (tds != null) {
                List<String> namespaces = (List<String>) tds.get("namespaces");
                boolean otherOnly = !Boolean.TRUE.equals(tds.get("allNamespaces")) && namespaces != null
                        && !namespaces.contains("");
                return new SourceSpec(false, Boolean.TRUE.equals(tds.get("excludeErrors")),
                        Boolean.TRUE.equals(tds.get("excludeNoResults")), otherOnly);
            }
            return new SourceSpec(false, false, false, false);
        }

        Predicate<Candidate> prefilter(Instant onlineSince) {
            if (otherNamespaceOnly) {
                return c -> false;
            }
            if (!live && !excludeErrors && !excludeNoResults) {
                return c -> true;
            }
            return c -> {
                TaniumEndpoint e = c.endpoint();
                if (live && (e.eidLastSeen() == null || e.eidLastSeen().isBefore(onlineSince))) {
                    return false;
                }
                if (excludeNoResults && (e.lastLoggedInUser().equals("[no results]")
                        || e.primaryUser().name().equals("[no results]"))) {
                    return false;
                }
                return !excludeErrors || !(isError(e.lastLoggedInUser()) || isError(e.primaryUser().name()));
            };
        }

        private static boolean isError(String value) {
            return value.startsWith("Error:") || value.startsWith("TSE-Error:");
        }
    }

    /** Parsed and validated documents, keyed by query text (clients send the same few documents). */
    private static final class DocumentCache implements PreparsedDocumentProvider {
        private final Map<String, PreparsedDocumentEntry> entries;

        DocumentCache(int capacity) {
            this.entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                    return size() > capacity;
                }
            });
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            PreparsedDocumentEntry entry = entries.get(input.getQuery());
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                entries.put(input.getQuery(), entry);
            }
            return CompletableFuture.completedFuture(entry);
        }
    }
}
