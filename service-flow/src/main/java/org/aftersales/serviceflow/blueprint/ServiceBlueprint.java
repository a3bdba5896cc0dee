package org.aftersales.serviceflow.blueprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.Standards;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.json.JsonSource;
import org.aftersales.core.party.Role;

/**
 * The service blueprint (F15): the service process as data a dealership can edit, read from
 * JSON with every problem listed; {@link #defaults()} is the one we ship, written from the
 * usual 4S-store visit (booking call to follow-up). Immutable and thread-safe.
 *
 * <pre>{@code
 * {"code": "riverside", "title": {"en": "...", "zh": "..."},
 *  "steps": [{"code": "reconfirm", "lane": "FRONT_STAGE", "role": "service-advisor",
 *             "action": {"en": "...", "zh": "..."}, "standard": {"en": "...", "zh": "..."},
 *             "timed": "service.reconfirm",
 *             "momentsOfTruth": [{"en": "...", "zh": "..."}], "countermeasures": [...]}],
 *  "timedStandards": [{"code": "service.reconfirm", "role": "service-advisor", "text": {...},
 *             "subjectKind": "appointment", "measure": "PLAIN", "within": "PT20M",
 *             "anchor": "arrival", "before": "PT40M",
 *             "startOn": ["appointment.booked"], "metBy": ["appointment.confirmed"],
 *             "cancelledBy": [...], "pausedBy": [...], "resumedBy": [...],
 *             "steps": [{"percent": 100, "to": "OWNER_MANAGER"}]}]}
 * }</pre>
 *
 * <p><b>Our defaults</b> (the seeds give only the 20 minutes of the reconfirmation): the call
 * is made in a 20-minute window that closes 20 minutes before the expected arrival; a booked
 * customer is a no-show 30 minutes after the expected arrival; a customer who arrives is
 * received within 10 minutes; the customer answers on additional work within 30 minutes (then
 * the advisor's manager is told); the car is checked and its settlement sheet made within one
 * opening hour of the repair's end, paused while it waits for parts or for the customer's
 * approval; the follow-up call is made within 3 working days of delivery. Change them by
 * editing the JSON and giving it to {@code ServiceDesk.Builder.blueprint}.
 */
public final class ServiceBlueprint {

    /** The JSON form. */
    record Document(String code, Text title, List<StepEntry> steps, List<StandardEntry> timedStandards) {
    }

    /** A text in both languages, as written. */
    record Text(String en, String zh) {
    }

    /** A step, as written. */
    record StepEntry(String code, Lane lane, String role, Text action, Text standard, String timed,
            List<Text> momentsOfTruth, List<Text> countermeasures) {
    }

    /** A timed standard, as written. */
    record StandardEntry(String code, String role, Text text, String subjectKind, String subjectKey,
            TimedStandard.Measure measure, Duration within, String anchor, Duration before, List<String> startOn,
            List<String> metBy, List<String> cancelledBy, List<String> pausedBy, List<String> resumedBy,
            List<Standards.Step> steps) {
    }

    private static final String RESOURCE = "service-blueprint.json";

    private final String code;
    private final LocalizedText title;
    private final List<BlueprintStep> steps;
    private final Map<String, TimedStandard> timed;

    private ServiceBlueprint(String code, LocalizedText title, List<BlueprintStep> steps, List<TimedStandard> timed) {
        this.code = code;
        this.title = title;
        this.steps = List.copyOf(steps);
        Map<String, TimedStandard> byCode = new LinkedHashMap<>();
        timed.forEach(t -> byCode.put(t.code(), t));
        this.timed = java.util.Collections.unmodifiableMap(byCode);
    }

    /** @return the blueprint we ship */
    public static ServiceBlueprint defaults() {
        return Defaults.BLUEPRINT;
    }

    /** Loaded once. */
    private static final class Defaults {
        static final ServiceBlueprint BLUEPRINT = load();

        private static ServiceBlueprint load() {
            try (InputStream in = ServiceBlueprint.class.getResourceAsStream(RESOURCE)) {
                return fromJson(JsonSource.of(Objects.requireNonNull(in, RESOURCE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a blueprint.
     *
     * @param json where the document is: {@code JsonSource.of(path | reader | stream | string)}
     * @return the blueprint
     * @throws ValidationException listing every problem, in English and Chinese
     */
    public static ServiceBlueprint fromJson(JsonSource json) {
        Document doc = AftersalesJson.read(json, Document.class);
        Violations v = BlueprintMessages.violations();
        v.requiredText("code", doc.code());
        LocalizedText title = text(v, "title", doc.title());
        List<TimedStandard> timed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<StandardEntry> standards = doc.timedStandards() == null ? List.of() : doc.timedStandards();
        for (int i = 0; i < standards.size(); i++) {
            TimedStandard t = timedStandard(v, "timedStandards[" + i + "]", standards.get(i), codes);
            if (t != null) {
                timed.add(t);
            }
        }
        List<BlueprintStep> steps = new ArrayList<>();
        List<StepEntry> written = doc.steps() == null ? List.of() : doc.steps();
        if (written.isEmpty()) {
            v.add("steps", "blueprint.noSteps");
        }
        Set<String> stepCodes = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            BlueprintStep s = step(v, "steps[" + i + "]", written.get(i), stepCodes, codes);
            if (s != null) {
                steps.add(s);
            }
        }
        v.throwIfPresent();
        return new ServiceBlueprint(doc.code(), title, steps, timed);
    }

    /**
     * Reads a blueprint.
     *
     * @param json the document
     * @return the blueprint
     * @throws ValidationException listing every problem
     */
    public static ServiceBlueprint fromJson(String json) {
        return fromJson(JsonSource.of(json));
    }

    private static BlueprintStep step(Violations v, String path, StepEntry e, Set<String> stepCodes,
            Set<String> timedCodes) {
        if (e == null) {
            v.add(path, "required");
            return null;
        }
        int before = v.count();
        code(v, path + ".code", e.code(), stepCodes);
        v.required(path + ".lane", e.lane());
        Role role = null;
        if (e.role() != null) {
            role = role(v, path + ".role", e.role());
        } else if (e.lane() != null && e.lane() != Lane.CUSTOMER) {
            v.add(path + ".role", "blueprint.roleRequired");
        }
        LocalizedText action = text(v, path + ".action", e.action());
        LocalizedText standard = text(v, path + ".standard", e.standard());
        if (e.timed() != null && !timedCodes.contains(e.timed())) {
            v.add(path + ".timed", "blueprint.unknownTimed", e.timed(), String.join(", ", timedCodes));
        }
        List<LocalizedText> moments = texts(v, path + ".momentsOfTruth", e.momentsOfTruth());
        List<LocalizedText> measures = texts(v, path + ".countermeasures", e.countermeasures());
        return v.count() > before ? null
                : new BlueprintStep(e.code(), e.lane(), role, action, standard, e.timed(), moments, measures);
    }

    private static TimedStandard timedStandard(Violations v, String path, StandardEntry e, Set<String> codes) {
        if (e == null) {
            v.add(path, "required");
            return null;
        }
        int before = v.count();
        code(v, path + ".code", e.code(), codes);
        Role role = e.role() == null ? null : role(v, path + ".role", e.role());
        v.required(path + ".role", e.role());
        LocalizedText text = text(v, path + ".text", e.text());
        v.requiredText(path + ".subjectKind", e.subjectKind());
        v.required(path + ".measure", e.measure());
        v.required(path + ".within", e.within());
        if (e.within() != null && (e.within().isNegative() || e.within().isZero())) {
            v.add(path + ".within", "blueprint.duration", e.within());
        }
        if (e.measure() == TimedStandard.Measure.WORKING_DAYS && e.within() != null && e.within().toHours() % 24 != 0) {
            v.add(path + ".within", "blueprint.wholeDays", e.within());
        }
        if (e.before() != null && e.anchor() == null) {
            v.add(path + ".before", "blueprint.beforeWithoutAnchor");
        }
        events(v, path + ".startOn", e.startOn(), true);
        events(v, path + ".metBy", e.metBy(), true);
        events(v, path + ".cancelledBy", e.cancelledBy(), false);
        events(v, path + ".pausedBy", e.pausedBy(), false);
        events(v, path + ".resumedBy", e.resumedBy(), false);
        if (list(e.pausedBy()).isEmpty() != list(e.resumedBy()).isEmpty()) {
            v.add(path + ".resumedBy", "blueprint.pauseWithoutResume");
        }
        List<EscalationStep> steps = Standards.steps(v, path + ".steps", e.steps());
        if (v.count() > before) {
            return null;
        }
        TimedStandard t = new TimedStandard(e.code(), role, text, e.subjectKind(), e.subjectKey(), e.measure(),
                e.within(), e.anchor(), e.before(), list(e.startOn()), list(e.metBy()), list(e.cancelledBy()),
                list(e.pausedBy()), list(e.resumedBy()), steps);
        // the core standard checks the escalation steps' order
        return attempt(v, path, () -> {
            t.standard(DepartmentId.of("service"));
            return t;
        });
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static void code(Violations v, String path, String code, Set<String> seen) {
        if (code == null || code.isBlank()) {
            v.add(path, "required");
        } else if (!seen.add(code)) {
            v.add(path, "blueprint.duplicate", code);
        }
    }

    private static Role role(Violations v, String path, String code) {
        Optional<Role> r = Role.ofCode(code);
        if (r.isEmpty()) {
            v.add(path, "blueprint.role", code);
        }
        return r.orElse(null);
    }

    private static void events(Violations v, String path, List<String> names, boolean required) {
        List<String> all = list(names);
        if (required && all.isEmpty()) {
            v.add(path, "blueprint.noEvents");
        }
        for (int i = 0; i < all.size(); i++) {
            String n = all.get(i);
            if (n == null || n.isBlank() || n.codePoints().anyMatch(Character::isWhitespace)) {
                v.add(path + "[" + i + "]", "blueprint.eventName", n);
            }
        }
    }

    private static LocalizedText text(Violations v, String path, Text t) {
        if (t == null) {
            v.add(path, "required");
            return null;
        }
        v.requiredText(path + ".en", t.en()).requiredText(path + ".zh", t.zh());
        return t.en() == null || t.en().isBlank() || t.zh() == null || t.zh().isBlank() ? null
                : new LocalizedText(t.en(), t.zh());
    }

    private static List<LocalizedText> texts(Violations v, String path, List<Text> ts) {
        List<LocalizedText> out = new ArrayList<>();
        List<Text> all = list(ts);
        for (int i = 0; i < all.size(); i++) {
            LocalizedText t = text(v, path + "[" + i + "]", all.get(i));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static <T> T attempt(Violations v, String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (ValidationException e) {
            v.addAll(path, e);
            return null;
        }
    }

    /** @return the blueprint's code */
    public String code() {
        return code;
    }

    /** @return its title */
    public LocalizedText title() {
        return title;
    }

    /** @return the steps, in the order of the visit */
    public List<BlueprintStep> steps() {
        return steps;
    }

    /** @return the timed standards, in document order */
    public List<TimedStandard> timedStandards() {
        return List.copyOf(timed.values());
    }

    /**
     * @param code a timed standard's code
     * @return the timed standard, or empty
     */
    public Optional<TimedStandard> timedStandard(String code) {
        return Optional.ofNullable(timed.get(code));
    }

    /**
     * This blueprint with a timed standard put in place of the one of its code, or added.
     *
     * @param standard the timed standard
     * @return the new blueprint
     */
    public ServiceBlueprint with(TimedStandard standard) {
        Map<String, TimedStandard> all = new LinkedHashMap<>(timed);
        all.put(standard.code(), standard);
        return new ServiceBlueprint(code, title, steps, new ArrayList<>(all.values()));
    }

    /**
     * The core standards the deadline service needs for the timed standards.
     *
     * @param department the department whose calendar counts business time and working days
     * @return the standards, in document order
     */
    public List<Standard> standards(DepartmentId department) {
        return timed.values().stream().map(t -> t.standard(department)).toList();
    }

    /**
     * The blueprint as a Mermaid flowchart in English: one subgraph per lane, the steps in the
     * order of the visit, each with its responsible role and, for a timed step, its limit.
     *
     * @return the diagram's text
     */
    public String toMermaid() {
        return toMermaid(Locale.ENGLISH);
    }

    /**
     * The blueprint as a Mermaid flowchart in a language ({@link Locale#CHINESE} or English).
     *
     * @param locale the language
     * @return the diagram's text
     */
    public String toMermaid(Locale locale) {
        StringBuilder b = new StringBuilder("flowchart LR\n");
        for (Lane lane : Lane.values()) {
            b.append("    subgraph ").append(lane.name()).append("[\"").append(esc(lane.label().in(locale)))
                    .append("\"]\n        direction LR\n");
            for (int i = 0; i < steps.size(); i++) {
                BlueprintStep s = steps.get(i);
                if (s.lane() != lane) {
                    continue;
                }
                b.append("        ").append(node(s)).append("[\"").append(i + 1).append(". ")
                        .append(esc(s.action().in(locale)));
                if (s.role() != null) {
                    b.append("<br/>").append(esc(s.role().label().in(locale)));
                }
                if (s.timed() != null) {
                    TimedStandard t = timed.get(s.timed());
                    b.append("<br/>").append(esc(t.code())).append(' ').append(limit(t));
                }
                b.append("\"]\n");
            }
            b.append("    end\n");
        }
        for (int i = 1; i < steps.size(); i++) {
            b.append("    ").append(node(steps.get(i - 1))).append(" --> ").append(node(steps.get(i))).append('\n');
        }
        return b.toString();
    }

    private static String node(BlueprintStep s) {
        return "s_" + s.code().replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String limit(TimedStandard t) {
        String d = t.within().toString().substring(2).toLowerCase(Locale.ROOT);
        return switch (t.measure()) {
            case PLAIN -> "≤ " + d;
            case OPENING_HOURS -> "≤ " + d + " (opening hours)";
            case WORKING_DAYS -> "≤ " + t.within().toDays() + " working days";
        };
    }

    private static String esc(String s) {
        return s.replace("\"", "#quot;");
    }
}
