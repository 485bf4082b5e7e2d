package vn.thidua.commendation.internal.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One condition of a rule set for an award: its key, kind, parameters and legal basis. Conditions that share an
 * alternative group hold together when any of them holds.
 */
public record Condition(String key, ConditionKind kind, Map<String, String> parameters, String group, String basis) {

    /** Parses parameters written "name=value;name=value". */
    public static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return parameters;
    }

    /**
     * Whether the condition applies to this recipient type and commendation type: its {@code for} and {@code types}
     * parameters, when present, name them (RULES.md §5: a collective's certificate has rules of its own, a thematic
     * one is judged on its movement).
     */
    public boolean appliesTo(vn.thidua.commendation.RecipientType recipient, vn.thidua.commendation.CommendationType type) {
        return (!parameters.containsKey("for") || list("for").contains(recipient.name()))
                && (!parameters.containsKey("types") || list("types").contains(type.name()));
    }

    /** This condition with the parameters rewritten (a province setting read in place of its name). */
    public Condition withParameters(Map<String, String> rewritten) {
        return new Condition(key, kind, Map.copyOf(rewritten), group, basis);
    }

    /** True when the parameter says that a same-year title's standard met is enough. */
    public boolean acceptsStandard() {
        return Boolean.parseBoolean(parameters.getOrDefault("standard", "false"));
    }

    String text(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("Condition " + key + " has no parameter " + name);
        }
        return value;
    }

    String text(String name, String otherwise) {
        return parameters.getOrDefault(name, otherwise);
    }

    int number(String name, int otherwise) {
        return parameters.containsKey(name) ? Integer.parseInt(parameters.get(name)) : otherwise;
    }

    /** Parameter values parsed once: a pre-screening asks the same few values millions of times. */
    private static final Map<String, List<String>> LISTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<Integer>> YEARS = new java.util.concurrent.ConcurrentHashMap<>();

    List<String> list(String name) {
        return LISTS.computeIfAbsent(text(name), value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    List<Integer> years() {
        return YEARS.computeIfAbsent(text("years"), value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Integer::parseInt).toList());
    }
}
