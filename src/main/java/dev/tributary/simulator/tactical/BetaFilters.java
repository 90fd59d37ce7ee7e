package dev.tributary.simulator.tactical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The beta API's query handling: {@code AgentFilter} (a plain django-filter {@code FilterSet}), DRF's
 * {@code SearchFilter} and {@code OrderingFilter}. Query values are read like Django's
 * {@code QueryDict.get} (last value wins); empty values mean "no filter"; unknown parameters are ignored.
 */
final class BetaFilters {

    static final String INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices.";
    static final String INVALID_NUMBER = "Enter a number.";
    static final String INVALID_DATETIME = "Enter a valid date/time.";

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d{0,6})?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern US = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?: (\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,6}))?)?)?");

    private BetaFilters() {
    }

    /** A 400 with django-filter's form errors, e.g. {@code {"site": ["Select a valid choice. ..."]}}. */
    static final class FilterError extends RuntimeException {
        final transient ObjectNode errors;

        FilterError(ObjectNode errors) {
            super(errors.toString(), null, false, false);
            this.errors = errors;
        }
    }

    /** A query that breaks the real server with an uncaught exception (e.g. both {@code total_ram_range} bounds). */
    static final class ServerCrash extends RuntimeException {
        ServerCrash(String message) {
            super(message, null, false, false);
        }
    }

    // ------------------------------------------------------------------ agents

    static List<TacticalAgent> agents(Collection<TacticalAgent> all, Map<String, List<String>> query,
                                      TacticalStore store) {
        ObjectNode errors = JsonNodes.object();
        List<Predicate<TacticalAgent>> filters = new ArrayList<>();

        String id = value(query, "id");
        if (id != null) {
            BigDecimal number = decimal(id);
            if (number == null) {
                error(errors, "id", INVALID_NUMBER);
            } else {
                long wanted = number.longValue();
                filters.add(a -> a.id() == wanted);
            }
        }
        exact(query, filters, "hostname", TacticalAgent::hostname);
        exact(query, filters, "agent_id", TacticalAgent::agentId);
        exact(query, filters, "operating_system", TacticalAgent::operatingSystem);
        choice(query, errors, filters, "plat", List.of("windows", "linux", "darwin"), TacticalAgent::plat);
        choice(query, errors, filters, "monitoring_type", List.of("server", "workstation"),
                TacticalAgent::monitoringType);
        String reboot = value(query, "needs_reboot");
        if (reboot != null) {
            Boolean wanted = switch (reboot) {
                case "True", "true", "2" -> Boolean.TRUE;
                case "False", "false", "3" -> Boolean.FALSE;
                default -> null;
            };
            if (wanted != null) {
                filters.add(a -> a.needsReboot() == wanted);
            }
        }
        exact(query, filters, "logged_in_username", TacticalAgent::loggedInUsername);
        exact(query, filters, "last_logged_in_user", TacticalAgent::lastLoggedInUser);
        modelChoice(query, errors, filters, "alert_template", store.alertTemplates::containsKey,
                TacticalAgent::alertTemplate);
        modelChoice(query, errors, filters, "site", store.sites::containsKey, TacticalAgent::site);
        modelChoice(query, errors, filters, "policy", store.policies::contains, TacticalAgent::policy);
        dateRange(query, errors, filters, "last_seen_range", TacticalAgent::lastSeen);
        totalRamRange(query, errors, filters);
        dateRange(query, errors, filters, "patches_last_installed_range", TacticalAgent::patchesLastInstalled);
        String clientId = value(query, "client_id");
        if (clientId != null) {
            BigDecimal number = decimal(clientId);
            if (number == null) {
                error(errors, "client_id", INVALID_NUMBER);
            } else if (number.signum() != 0) {
                long wanted = number.longValue();
                filters.add(a -> {
                    TacticalSite site = store.siteOf(a);
                    return site != null && site.client() == wanted;
                });
            }
        }
        if (!errors.isEmpty()) {
            throw new FilterError(errors);
        }
        if (filters.contains(null)) {
            throw new ServerCrash("TypeError: an exact lookup with a (min, max) tuple on the integer total_ram");
        }

        List<Predicate<TacticalAgent>> terms = new ArrayList<>();
        for (String term : searchTerms(Pagination.last(query, "search"))) {
            String upper = term.toUpperCase(Locale.ROOT);
            terms.add(a -> a.hostname().toUpperCase(Locale.ROOT).contains(upper)
                    || jsonbText(a.services()).toUpperCase(Locale.ROOT).contains(upper));
        }
        List<TacticalAgent> result = new ArrayList<>();
        for (TacticalAgent agent : all) {
            if (allMatch(filters, agent) && allMatch(terms, agent)) {
                result.add(agent);
            }
        }
        result.sort(ordering(query, TacticalAgent::id));
        return result;
    }

    /** Every filter accepts the agent (a plain loop: this runs for the whole fleet on every page request). */
    private static boolean allMatch(List<Predicate<TacticalAgent>> filters, TacticalAgent agent) {
        for (Predicate<TacticalAgent> filter : filters) {
            if (!filter.test(agent)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ sites

    /** The site list: {@code search} on name, {@code ordering}; {@code ?client=} is not a filter. */
    static List<TacticalSite> sites(Collection<TacticalSite> all, Map<String, List<String>> query) {
        List<String> terms = searchTerms(Pagination.last(query, "search"));
        List<TacticalSite> result = new ArrayList<>();
        for (TacticalSite site : all) {
            String name = site.name().toUpperCase(Locale.ROOT);
            if (terms.stream().allMatch(t -> name.contains(t.toUpperCase(Locale.ROOT)))) {
                result.add(site);
            }
        }
        result.sort(ordering(query, TacticalSite::id));
        return result;
    }

    // ------------------------------------------------------------------ pieces

    /** DRF {@code OrderingFilter} with {@code ordering_fields = ["id"]}, default {@code id}. */
    static <T> Comparator<T> ordering(Map<String, List<String>> query, Function<T, Integer> id) {
        Comparator<T> ascending = Comparator.comparing(id);
        String raw = Pagination.last(query, "ordering");
        if (raw != null) {
            for (String field : raw.split(",")) {
                String f = field.strip();
                if (f.equals("id")) {
                    return ascending;
                }
                if (f.equals("-id")) {
                    return ascending.reversed();
                }
            }
        }
        return ascending;
    }

    /** DRF's {@code search_smart_split}: whitespace and commas separate terms, quotes group them. */
    static List<String> searchTerms(String raw) {
        List<String> terms = new ArrayList<>();
        if (raw == null) {
            return terms;
        }
        String text = raw.replace("\u0000", "");
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (Character.isWhitespace(c) || c == ',') {
                if (current.length() > 0) {
                    terms.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            terms.add(current.toString());
        }
        return terms;
    }

    /** PostgreSQL's {@code jsonb::text}: {@code ", "}/{@code ": "} separators, keys by length then bytes. */
    static String jsonbText(JsonNode node) {
        StringBuilder out = new StringBuilder();
        writeJsonb(node, out);
        return out.toString();
    }

    private static void writeJsonb(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>(node.propertyNames());
            keys.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(PyJson.compact(JsonNodes.text(keys.get(i)))).append(": ");
                writeJsonb(node.get(keys.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                writeJsonb(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(PyJson.compact(node));
        }
    }

    private static void exact(Map<String, List<String>> query, List<Predicate<TacticalAgent>> filters, String name,
                              Function<TacticalAgent, String> field) {
        String wanted = value(query, name);
        if (wanted != null) {
            filters.add(a -> wanted.equals(field.apply(a)));
        }
    }

    private static void choice(Map<String, List<String>> query, ObjectNode errors,
                               List<Predicate<TacticalAgent>> filters, String name, List<String> choices,
                               Function<TacticalAgent, String> field) {
        String wanted = value(query, name);
        if (wanted == null) {
            return;
        }
        if (!choices.contains(wanted)) {
            error(errors, name, "Select a valid choice. " + wanted + " is not one of the available choices.");
            return;
        }
        filters.add(a -> wanted.equals(field.apply(a)));
    }

    private static void modelChoice(Map<String, List<String>> query, ObjectNode errors,
                                    List<Predicate<TacticalAgent>> filters, String name, Predicate<Integer> exists,
                                    Function<TacticalAgent, Integer> field) {
        String raw = value(query, name);
        if (raw == null) {
            return;
        }
        Integer pk = Py.parseSmallInt(raw).orElse(null);
        if (pk == null || !exists.test(pk)) {
            error(errors, name, INVALID_CHOICE);
            return;
        }
        filters.add(a -> pk.equals(field.apply(a)));
    }

    private static void dateRange(Map<String, List<String>> query, ObjectNode errors,
                                  List<Predicate<TacticalAgent>> filters, String name,
                                  Function<TacticalAgent, Instant> field) {
        String afterRaw = value(query, name + "_after");
        String beforeRaw = value(query, name + "_before");
        Instant after = afterRaw == null ? null : dateTime(afterRaw);
        Instant before = beforeRaw == null ? null : dateTime(beforeRaw);
        if ((afterRaw != null && after == null) || (beforeRaw != null && before == null)) {
            error(errors, name, INVALID_DATETIME);
            return;
        }
        if (after != null) {
            filters.add(a -> field.apply(a) != null && !field.apply(a).isBefore(after));
        }
        if (before != null) {
            filters.add(a -> field.apply(a) != null && !field.apply(a).isAfter(before));
        }
    }

    /**
     * The broken {@code NumericRangeFilter} on an integer: min-only is a text startswith, max-only
     * endswith, both crash (a null filter marks the crash, raised once the form has validated).
     */
    private static void totalRamRange(Map<String, List<String>> query, ObjectNode errors,
                                      List<Predicate<TacticalAgent>> filters) {
        String minRaw = value(query, "total_ram_range_min");
        String maxRaw = value(query, "total_ram_range_max");
        BigDecimal min = minRaw == null ? null : decimal(minRaw);
        BigDecimal max = maxRaw == null ? null : decimal(maxRaw);
        if ((minRaw != null && min == null) || (maxRaw != null && max == null)) {
            error(errors, "total_ram_range", INVALID_NUMBER);
            return;
        }
        if (min != null && max != null) {
            filters.add(null);
        } else if (min != null) {
            String prefix = min.toString();
            filters.add(a -> a.totalRam() != null && a.totalRam().toString().startsWith(prefix));
        } else if (max != null) {
            String suffix = max.toString();
            filters.add(a -> a.totalRam() != null && a.totalRam().toString().endsWith(suffix));
        }
    }

    /** Django's {@code DateTimeField} input: ISO 8601 (date-only too) or US formats; naive means UTC. */
    static Instant dateTime(String raw) {
        String text = raw.strip();
        Matcher iso = ISO.matcher(text);
        Matcher us = US.matcher(text);
        try {
            if (iso.matches()) {
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)), iso.group(4) == null ? 0 : Integer.parseInt(iso.group(4)),
                        iso.group(5) == null ? 0 : Integer.parseInt(iso.group(5)),
                        iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)),
                        iso.group(7) == null ? 0 : Integer.parseInt((iso.group(7) + "00000").substring(0, 6)) * 1000);
                return local.toInstant(offset(iso.group(8)));
            }
            if (us.matches()) {
                int year = Integer.parseInt(us.group(3));
                if (us.group(3).length() == 2) {
                    year += year < 69 ? 2000 : 1900;
                }
                LocalDateTime local = LocalDateTime.of(year, Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2)), us.group(4) == null ? 0 : Integer.parseInt(us.group(4)),
                        us.group(5) == null ? 0 : Integer.parseInt(us.group(5)),
                        us.group(6) == null ? 0 : Integer.parseInt(us.group(6)),
                        us.group(7) == null ? 0 : Integer.parseInt((us.group(7) + "00000").substring(0, 6)) * 1000);
                return local.toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static ZoneOffset offset(String tz) {
        if (tz == null || tz.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = tz.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = tz.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** Django's {@code DecimalField}: stripped text as a finite decimal, or null. */
    static BigDecimal decimal(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The last value of a parameter, or null when absent or empty. */
    private static String value(Map<String, List<String>> query, String name) {
        String value = Pagination.last(query, name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static void error(ObjectNode errors, String field, String message) {
        errors.putArray(field).add(message);
    }
}
