package dev.tributary.simulator.tanium;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites graphql-java's error messages into the wording of graphql-js (the reference implementation
 * the real Gateway's messages follow), e.g. {@code Cannot query field "x" on type "Endpoint".}
 */
final class ValidationMessages {

    private static final Pattern PREFIX = Pattern.compile("^Validation [eE]rror \\([^)]*\\)\\s*:\\s*");
    private static final Pattern FIELD_UNDEFINED = Pattern.compile("Field '(.+)' in type '(.+)' is undefined");
    private static final Pattern VARIABLE_MISMATCH = Pattern.compile(
            "Variable '(.+)' of type '(.+)' used in position expecting type '(.+)'");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unknown type '(.+)'");
    private static final Pattern UNKNOWN_ARGUMENT = Pattern.compile("Unknown field argument '(.+)'");
    private static final Pattern MISSING_ARGUMENT = Pattern.compile("Missing field argument '(.+)'");
    private static final Pattern UNDEFINED_VARIABLE = Pattern.compile("Undefined variable '(.+)'");
    private static final Pattern UNUSED_VARIABLE = Pattern.compile("Unused variable '(.+)'");
    private static final Pattern SUBSELECTION_REQUIRED = Pattern.compile(
            "Subselection required for type '(.+)' of field '(.+)'");
    private static final Pattern SUBSELECTION_NOT_ALLOWED = Pattern.compile(
            "Subselection not allowed on leaf type '(.+)' of field '(.+)'");

    private ValidationMessages() {
    }

    static String message(GraphQLError error, GraphQLSchema schema) {
        String raw = error.getMessage();
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return "Syntax Error: " + raw;
        }
        if (!(error instanceof ValidationError validation)) {
            return raw;
        }
        String text = PREFIX.matcher(raw).replaceFirst("");
        Matcher m;
        if ((m = FIELD_UNDEFINED.matcher(text)).find()) {
            return "Cannot query field \"" + m.group(1) + "\" on type \"" + m.group(2) + "\".";
        }
        if ((m = VARIABLE_MISMATCH.matcher(text)).find()) {
            return "Variable \"" + dollar(m.group(1)) + "\" of type \"" + m.group(2)
                    + "\" used in position expecting type \"" + m.group(3) + "\".";
        }
        if ((m = UNKNOWN_TYPE.matcher(text)).find()) {
            return "Unknown type \"" + m.group(1) + "\".";
        }
        if ((m = UNKNOWN_ARGUMENT.matcher(text)).find()) {
            FieldRef field = field(schema, validation.getQueryPath());
            return "Unknown argument \"" + m.group(1) + "\" on field \"" + (field == null ? "?" : field.qualified()) + "\".";
        }
        if ((m = MISSING_ARGUMENT.matcher(text)).find()) {
            FieldRef field = field(schema, validation.getQueryPath());
            String type = "?";
            if (field != null) {
                GraphQLArgument argument = field.definition().getArgument(m.group(1));
                type = argument == null ? "?" : GraphQLTypeUtil.simplePrint(argument.getType());
            }
            return "Field \"" + (field == null ? "?" : field.qualified()) + "\" argument \"" + m.group(1)
                    + "\" of type \"" + type + "\" is required, but it was not provided.";
        }
        if ((m = UNDEFINED_VARIABLE.matcher(text)).find()) {
            return "Variable \"" + dollar(m.group(1)) + "\" is not defined.";
        }
        if ((m = UNUSED_VARIABLE.matcher(text)).find()) {
            return "Variable \"" + dollar(m.group(1)) + "\" is never used.";
        }
        if ((m = SUBSELECTION_REQUIRED.matcher(text)).find()) {
            return "Field \"" + m.group(2) + "\" of type \"" + m.group(1) + "\" must have a selection of subfields. "
                    + "Did you mean \"" + m.group(2) + " { ... }\"?";
        }
        if ((m = SUBSELECTION_NOT_ALLOWED.matcher(text)).find()) {
            return "Field \"" + m.group(2) + "\" must not have a selection since type \"" + m.group(1)
                    + "\" has no subfields.";
        }
        return text;
    }

    private static String dollar(String name) {
        return name.startsWith("$") ? name : "$" + name;
    }

    private record FieldRef(String parent, GraphQLFieldDefinition definition) {
        String qualified() {
            return parent + "." + definition.getName();
        }
    }

    /** Walks a validation query path (field names from the query root) to the field it ends at. */
    private static FieldRef field(GraphQLSchema schema, List<String> path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        GraphQLType current = schema.getQueryType();
        GraphQLFieldDefinition definition = null;
        String parent = null;
        for (String segment : path) {
            if (!(current instanceof GraphQLFieldsContainer container)) {
                return null;
            }
            definition = container.getFieldDefinition(segment);
            if (definition == null) {
                return null;
            }
            parent = container.getName();
            current = definition.getType();
            while (current instanceof GraphQLNonNull || current instanceof GraphQLList) {
                current = GraphQLTypeUtil.unwrapOne(current);
            }
        }
        return new FieldRef(parent, definition);
    }
}
