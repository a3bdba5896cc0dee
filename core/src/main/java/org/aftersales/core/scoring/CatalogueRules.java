package org.aftersales.core.scoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.Violations;

/**
 * The rules of a catalogue, in one place: the catalogue values check themselves with them
 * and the JSON reader checks a whole document with them, so both report the same problems
 * with the same codes. Each rule records its problems and never throws.
 */
final class CatalogueRules {

    /** Most points one item may carry. */
    public static final int MAX_POINTS = 100;
    /** Longest item text, in characters, per language. */
    public static final int MAX_TEXT = 400;
    /** Longest derivation setting value, in characters. */
    public static final int MAX_SETTING = 200;

    private CatalogueRules() {
    }

    /**
     * A required part.
     *
     * @param v the collector
     * @param path where it is
     * @param value the part
     */
    public static void required(Violations v, String path, Object value) {
        if (value == null) {
            v.add(path, "scoring.required");
        }
    }

    /**
     * A required, non-empty list.
     *
     * @param v the collector
     * @param path where it is
     * @param values the list
     */
    public static void nonEmpty(Violations v, String path, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            v.add(path, "scoring.empty");
        } else if (values.stream().anyMatch(java.util.Objects::isNull)) {
            v.add(path, "scoring.nullElement");
        }
    }

    /**
     * An item's points: positive and at most {@value #MAX_POINTS}.
     *
     * @param v the collector
     * @param path where they are
     * @param points the points
     */
    public static void points(Violations v, String path, int points) {
        if (points <= 0 || points > MAX_POINTS) {
            v.add(path, "scoring.points.range", points, MAX_POINTS);
        }
    }

    /**
     * One language of a text: present, not blank, not too long.
     *
     * @param v the collector
     * @param path where it is
     * @param text the text
     */
    public static void text(Violations v, String path, String text) {
        if (text == null || text.isBlank()) {
            v.add(path, "scoring.required");
        } else if (text.length() > MAX_TEXT) {
            v.add(path, "scoring.text.tooLong", text.length(), MAX_TEXT);
        }
    }

    /**
     * Whom an item applies to: known codes, at least one.
     *
     * @param v the collector
     * @param path where it is
     * @param roles role codes, may be null
     * @param departments department codes, may be null
     */
    public static void applicability(Violations v, String path, Iterable<String> roles, Iterable<String> departments) {
        String prefix = path.isEmpty() ? "" : path + ".";
        boolean any = false;
        int i = 0;
        for (String role : roles == null ? Set.<String>of() : roles) {
            any = true;
            if (!KnownCodes.isRole(role)) {
                v.add(prefix + "roles[" + i + "]", "scoring.role.unknown", role);
            }
            i++;
        }
        i = 0;
        for (String department : departments == null ? Set.<String>of() : departments) {
            any = true;
            if (!KnownCodes.isDepartment(department)) {
                v.add(prefix + "departments[" + i + "]", "scoring.department.unknown", department);
            }
            i++;
        }
        if (!any) {
            v.add(path, "scoring.appliesTo.empty");
        }
    }

    /**
     * A derived item names a derivation; an observed item names none.
     *
     * @param v the collector
     * @param path the item's path
     * @param evidence how it is evidenced, may be null
     * @param hasDerivation whether it names a derivation
     */
    public static void evidence(Violations v, String path, EvidenceSource evidence, boolean hasDerivation) {
        String at = path.isEmpty() ? "derivation" : path + ".derivation";
        if (evidence == EvidenceSource.DERIVED && !hasDerivation) {
            v.add(at, "scoring.derivation.missing");
        } else if (evidence == EvidenceSource.OBSERVED && hasDerivation) {
            v.add(at, "scoring.derivation.unexpected");
        }
    }

    /**
     * A derivation's kind and settings.
     *
     * @param v the collector
     * @param path where it is
     * @param kind its kind
     * @param settings its settings, may be null
     */
    public static void derivation(Violations v, String path, String kind, Map<String, String> settings) {
        String prefix = path.isEmpty() ? "" : path + ".";
        ScoringMessages.checkCode(v, prefix + "kind", kind, ScoringMessages.NAME_CODE);
        if (settings == null) {
            v.add(prefix + "settings", "scoring.required");
            return;
        }
        settings.forEach((name, value) -> {
            if (ScoringMessages.checkCode(v, prefix + "settings", name, ScoringMessages.NAME_CODE)) {
                if (value == null || value.isBlank()) {
                    v.add(prefix + "settings." + name, "scoring.required");
                } else if (value.length() > MAX_SETTING) {
                    v.add(prefix + "settings." + name, "scoring.text.tooLong", value.length(), MAX_SETTING);
                }
            }
        });
    }

    /**
     * Codes that must be unique: every repeat is reported at its own path, naming where the
     * code first appeared. Null codes are skipped (reported elsewhere).
     *
     * @param v the collector
     * @param codesByPath each code under its path, in document order
     */
    public static void duplicates(Violations v, Map<String, String> codesByPath) {
        Map<String, String> first = new HashMap<>();
        codesByPath.forEach((path, code) -> {
            if (code != null) {
                String earlier = first.putIfAbsent(code, path);
                if (earlier != null) {
                    v.add(path, "scoring.code.duplicate", code, earlier);
                }
            }
        });
    }
}
