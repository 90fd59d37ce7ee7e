package dev.tributary.tanium.client;

import dev.tributary.integration.http.ProblemKind;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * GraphQL errors from the Gateway as one actionable sentence. Pure (table-tested). The Gateway's own
 * message is quoted (shortened): it names the field, filter or cursor at fault and never carries the
 * token.
 */
public final class TaniumErrors {

    private static final int MAX_QUOTE = 300;

    private TaniumErrors() {
    }

    /**
     * @param status    HTTP status of the answer (400: the document failed validation; 200: execution error)
     * @param errors    the non-empty {@code errors} array
     * @param operation what was being asked, for the sentence ("inventory", "computer groups")
     */
    public static GatewayQueryException graphQl(int status, JsonNode errors, String operation) {
        JsonNode first = errors.isArray() && !errors.isEmpty() ? errors.get(0) : errors;
        String message = quote(first.path("message").asString(""));
        int more = errors.isArray() ? errors.size() - 1 : 0;
        String suffix = more > 0 ? " (and " + more + " more error" + (more == 1 ? "" : "s") + ")" : "";
        boolean software = false;
        for (JsonNode error : errors) {
            for (JsonNode segment : error.path("path")) {
                if ("installedApplications".equals(segment.asString(""))) {
                    software = true;
                }
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (status == 400) {
            return new GatewayQueryException(ProblemKind.REJECTED, 400, "Tanium Gateway rejected the " + operation
                    + " query (HTTP 400): \"" + message + "\"" + suffix + ". This Gateway's schema does not accept the query; "
                    + "check the Gateway version (Tributary asks only for fields of Tanium's published schema).", false, false);
        }
        if (lower.contains("cursor") && (lower.contains("expired") || lower.contains("invalid"))) {
            return new GatewayQueryException(ProblemKind.REJECTED, status, "The Tanium Gateway " + operation
                    + " cursor expired (cursors live 5 minutes after the last page request and 1 hour at most): \"" + message
                    + "\".", true, false);
        }
        if (lower.contains("missing required permission") || lower.contains("permission denied") || lower.contains("not authorized")) {
            return new GatewayQueryException(ProblemKind.FORBIDDEN, status, "Tanium Gateway refused the " + operation
                    + " query: \"" + message + "\"" + suffix + ". Give the token's persona the \"Gateway API\" Execute permission, "
                    + "read access to the content sets of the sensors, and management rights on the computer groups.", false,
                    software);
        }
        if (lower.contains("existing sensor")) {
            return new GatewayQueryException(ProblemKind.REJECTED, status, "Tanium Gateway could not run the " + operation
                    + " query: \"" + message + "\"" + suffix + ". A sensor the query needs is not registered in the Tanium Data "
                    + "Service, or its content set is not readable by the token's persona.", false, software);
        }
        return new GatewayQueryException(ProblemKind.REJECTED, status, "Tanium Gateway could not run the " + operation
                + " query: \"" + message + "\"" + suffix + ".", false, software);
    }

    static String quote(String message) {
        String single = message.replaceAll("\\s+", " ").strip();
        if (single.isEmpty()) {
            return "no message";
        }
        return single.length() <= MAX_QUOTE ? single : single.substring(0, MAX_QUOTE) + "…";
    }
}
