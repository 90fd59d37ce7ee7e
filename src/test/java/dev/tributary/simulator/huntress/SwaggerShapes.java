package dev.tributary.simulator.huntress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks JSON bodies against the official Huntress swagger 2.0 document
 * ({@code src/test/resources/specs/huntress-swagger-v1.json}): resolves {@code $ref}s, checks JSON
 * types, {@code required} keys, enums, int32 ranges and the {@code date-time} rendering, and (for the
 * main models) that every declared property is present.
 *
 * <p>The swagger is wrong in a few places the contract documents; those properties are checked
 * against the contract instead (see {@link #checkErratum}): {@code Remediation.parameters} (string or
 * array of {@code {name, description}}), {@code User.id} (integer or string),
 * {@code OrganizationWithActualProductUsages.actual_usages} (an object, typed "string"), and
 * {@code IncidentReport.remediations} (typed as a bare object; the contract shape is checked).
 */
final class SwaggerShapes {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    /** Properties the contract says are never null; everything else may be null in practice. */
    private static final Map<String, Set<String>> NON_NULL = Map.of(
            "IncidentReport", Set.of("id", "account_id", "severity", "status", "platform", "indicator_types",
                    "indicator_counts", "updated_at"),
            "Organization", Set.of("id", "account_id", "name", "key", "agents_count", "incident_reports_count",
                    "created_at", "updated_at", "report_recipients"),
            "OrganizationWithActualProductUsages", Set.of("id", "account_id", "name", "key", "agents_count",
                    "incident_reports_count", "created_at", "updated_at", "report_recipients", "actual_usages"),
            "Agent", Set.of("id", "account_id", "organization_id"),
            "Account", Set.of("id", "name", "subdomain", "status"),
            "Remediation", Set.of("id", "type", "status"),
            "User", Set.of("id"));

    /** Models the simulator renders in full: every declared property must be present (possibly null). */
    private static final Set<String> COMPLETE = Set.of("IncidentReport", "Organization",
            "OrganizationWithActualProductUsages", "Agent", "Account", "Address", "Remediation", "User");

    private final JsonNode swagger;

    private SwaggerShapes(JsonNode swagger) {
        this.swagger = swagger;
    }

    static SwaggerShapes load() {
        try (InputStream in = SwaggerShapes.class.getResourceAsStream("/specs/huntress-swagger-v1.json")) {
            if (in == null) {
                throw new IllegalStateException("specs/huntress-swagger-v1.json is not on the test classpath");
            }
            return new SwaggerShapes(HuntressTestClient.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode definition(String name) {
        JsonNode definition = swagger.path("definitions").get(name);
        if (definition == null) {
            throw new IllegalArgumentException("No swagger definition " + name);
        }
        return definition;
    }

    /** The response schema the swagger declares for an operation, e.g. ("get", "/v1/agents/{id}", 200). */
    JsonNode responseSchema(String method, String pathTemplate, int status) {
        JsonNode schema = swagger.path("paths").path(pathTemplate).path(method).path("responses")
                .path(Integer.toString(status)).get("schema");
        if (schema == null) {
            throw new IllegalArgumentException("No schema for " + method + " " + pathTemplate + " " + status);
        }
        return schema;
    }

    /** Problems of a response body against the operation's declared schema; empty when it conforms. */
    List<String> validateResponse(String method, String pathTemplate, int status, JsonNode body) {
        List<String> problems = new ArrayList<>();
        validate(responseSchema(method, pathTemplate, status), body, "$", null, null, problems);
        return problems;
    }

    /** Problems of a value against a named definition, including completeness (every declared property present). */
    List<String> validateDefinition(String name, JsonNode value) {
        List<String> problems = new ArrayList<>();
        validate(ref(name), value, "$", null, null, problems);
        return problems;
    }

    private static JsonNode ref(String name) {
        return HuntressTestClient.JSON.createObjectNode().put("$ref", "#/definitions/" + name);
    }

    private void validate(JsonNode schema, JsonNode value, String where, String definitionName, String property,
                          List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/definitions/".length());
            validateModel(name, value, where, problems);
            return;
        }
        if (value == null || value.isMissingNode()) {
            problems.add(where + ": missing");
            return;
        }
        if (value.isNull()) {
            return; // nullability is decided by the caller (NON_NULL)
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "object", "Object" -> {
                if (!value.isObject()) {
                    problems.add(where + ": expected an object, got " + value.getNodeType());
                    return;
                }
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asString())) {
                        problems.add(where + ": required property '" + required.asString() + "' is missing");
                    }
                }
                JsonNode properties = schema.path("properties");
                for (Map.Entry<String, JsonNode> property1 : properties.properties()) {
                    JsonNode child = value.get(property1.getKey());
                    if (child != null) {
                        validate(property1.getValue(), child, where + "." + property1.getKey(), null,
                                property1.getKey(), problems);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + ": expected an array, got " + value.getNodeType());
                    return;
                }
                JsonNode items = schema.get("items");
                if (items != null) {
                    for (int i = 0; i < value.size(); i++) {
                        if (value.get(i).isNull()) {
                            problems.add(where + "[" + i + "]: null item");
                        } else {
                            validate(items, value.get(i), where + "[" + i + "]", null, null, problems);
                        }
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + ": expected an integer, got " + value.getNodeType() + " " + value);
                } else if ("int32".equals(schema.path("format").asString(""))
                        && (value.asLong() > Integer.MAX_VALUE || value.asLong() < Integer.MIN_VALUE)) {
                    problems.add(where + ": outside int32");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(where + ": expected a number, got " + value.getNodeType());
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + ": expected a boolean, got " + value.getNodeType());
                }
            }
            case "string" -> {
                if (!value.isString()) {
                    problems.add(where + ": expected a string, got " + value.getNodeType() + " " + value);
                    return;
                }
                if ("date-time".equals(schema.path("format").asString(""))
                        && !TIMESTAMP.matcher(value.asString()).matches()) {
                    problems.add(where + ": not a UTC second-precision timestamp: " + value.asString());
                }
                if (schema.has("enum")) {
                    boolean found = false;
                    for (JsonNode allowed : schema.get("enum")) {
                        found |= allowed.asString().equals(value.asString());
                    }
                    if (!found) {
                        problems.add(where + ": '" + value.asString() + "' is not in " + schema.get("enum"));
                    }
                }
            }
            default -> problems.add(where + ": schema type '" + type + "' unsupported by the validator");
        }
    }

    private void validateModel(String name, JsonNode value, String where, List<String> problems) {
        if (value == null || value.isMissingNode()) {
            problems.add(where + ": missing " + name);
            return;
        }
        if (value.isNull()) {
            return;
        }
        JsonNode definition = definition(name);
        if (!value.isObject()) {
            problems.add(where + ": expected a " + name + " object, got " + value.getNodeType());
            return;
        }
        for (JsonNode required : definition.path("required")) {
            if (!value.has(required.asString())) {
                problems.add(where + ": required " + name + " property '" + required.asString() + "' is missing");
            }
        }
        Set<String> nonNull = NON_NULL.getOrDefault(name, Set.of());
        for (Map.Entry<String, JsonNode> property : definition.path("properties").properties()) {
            String key = property.getKey();
            String at = where + "." + key;
            JsonNode child = value.get(key);
            if (child == null) {
                if (COMPLETE.contains(name)) {
                    problems.add(at + ": declared " + name + " property is missing");
                }
                continue;
            }
            if (child.isNull()) {
                if (nonNull.contains(key)) {
                    problems.add(at + ": must not be null");
                }
                continue;
            }
            if (!checkErratum(name, key, child, at, problems)) {
                validate(property.getValue(), child, at, name, key, problems);
            }
        }
    }

    /** Properties where the swagger is known to be wrong; returns true when handled here. */
    private boolean checkErratum(String definition, String property, JsonNode value, String where,
                                 List<String> problems) {
        switch (definition + "." + property) {
            case "Remediation.parameters" -> {
                if (value.isString()) {
                    return true;
                }
                if (!value.isArray()) {
                    problems.add(where + ": expected a string or an array, got " + value.getNodeType());
                    return true;
                }
                for (JsonNode parameter : value) {
                    if (!parameter.isObject() || !parameter.path("name").isString()
                            || !parameter.path("description").isString()) {
                        problems.add(where + ": parameter is not {name, description}: " + parameter);
                    }
                }
                return true;
            }
            case "User.id" -> {
                if (!value.isIntegralNumber() && !value.isString()) {
                    problems.add(where + ": expected an integer or a string, got " + value.getNodeType());
                }
                return true;
            }
            case "OrganizationWithActualProductUsages.actual_usages" -> {
                if (!value.isObject()) {
                    problems.add(where + ": expected an object");
                    return true;
                }
                for (String product : List.of("siem", "edr", "sat")) {
                    if (!value.path(product).isObject()) {
                        problems.add(where + "." + product + ": expected an object");
                    }
                }
                for (String product : List.of("ispm", "itdr")) {
                    if (!value.path(product).isArray()) {
                        problems.add(where + "." + product + ": expected an array");
                    }
                }
                return true;
            }
            case "IncidentReport.remediations" -> {
                if (!value.isObject()) {
                    problems.add(where + ": expected {total_count, has_more, items}, got " + value.getNodeType());
                    return true;
                }
                if (!value.path("total_count").isIntegralNumber()) {
                    problems.add(where + ".total_count: expected an integer");
                }
                if (!value.path("has_more").isBoolean()) {
                    problems.add(where + ".has_more: expected a boolean");
                }
                JsonNode items = value.path("items");
                if (!items.isArray()) {
                    problems.add(where + ".items: expected an array");
                    return true;
                }
                if (items.size() > 10) {
                    problems.add(where + ".items: more than 10 inlined");
                }
                if (value.path("has_more").asBoolean() != value.path("total_count").asInt() > items.size()) {
                    problems.add(where + ": has_more disagrees with total_count and items");
                }
                for (int i = 0; i < items.size(); i++) {
                    validateModel("Remediation", items.get(i), where + ".items[" + i + "]", problems);
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
