package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aftersales.core.error.Violations;

/** Reads and checks the settings of the built-in derivations. */
final class Settings {

    private static final int MAX_EVENT_TYPE = 100;

    private final Map<String, String> values;
    private final Violations v;

    Settings(Map<String, String> values, Violations v) {
        this.values = values;
        this.v = v;
    }

    void only(Set<String> known) {
        values.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> v.add(k, "scoring.setting.unknown", k, String.join(", ", known)));
    }

    String eventType(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            v.add(name, "scoring.setting.required", name);
            return null;
        }
        if (value.length() > MAX_EVENT_TYPE || value.codePoints().anyMatch(Character::isWhitespace)) {
            v.add(name, "scoring.setting.eventType", value);
            return null;
        }
        return value;
    }

    Duration duration(String name) {
        String value = values.get(name);
        if (value == null) {
            v.add(name, "scoring.setting.required", name);
            return null;
        }
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero()) {
                v.add(name, "scoring.setting.duration", value);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            v.add(name, "scoring.setting.duration", value);
            return null;
        }
    }

    BigDecimal percent(String name, BigDecimal fallback) {
        return parse(name, fallback, BigDecimal::new,
                p -> p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0, "scoring.setting.percent");
    }

    Integer count(String name, Integer fallback) {
        if (fallback == null && !values.containsKey(name)) {
            v.add(name, "scoring.setting.required", name);
            return null;
        }
        return parse(name, fallback, Integer::valueOf, n -> n >= 1, "scoring.setting.count");
    }

    private <T> T parse(String name, T fallback, Function<String, T> parser, Predicate<T> valid, String code) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            T parsed = parser.apply(value);
            if (valid.test(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(name, code, value);
        return fallback;
    }

    /**
     * Reads settings that were checked when the catalogue was loaded; a problem now is a bug.
     *
     * @param values the settings
     * @return the reader
     */
    static Settings checked(Map<String, String> values) {
        return new Settings(values, ScoringMessages.violations());
    }
}
