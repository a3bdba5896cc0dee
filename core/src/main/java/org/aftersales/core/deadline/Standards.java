package org.aftersales.core.deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.json.JsonSource;

/**
 * Reads timed standards from JSON (C13), checking the document whole: every problem of every
 * standard is listed in one refusal, in English and Chinese.
 *
 * <pre>{@code
 * {"standards": [
 *   {"code": "answer-parts-request", "department": "parts", "duration": "PT5M",
 *    "steps": [{"percent": 100, "to": "OWNER_MANAGER"}]},
 *   {"code": "follow-up-after-delivery", "duration": "P3D", "steps": []}
 * ]}
 * }</pre>
 *
 * A standard with a {@code department} counts business time on that department's calendar;
 * without one, plain time; with {@code "workingDays": true} as well, the department's working
 * days count around the clock ({@code "duration": "P3D"}: three working days). Durations are ISO-8601 ({@code PT5M}, {@code PT4H}, {@code P3D}).
 */
public final class Standards {

    /** The JSON form. @param standards the standards */
    public record Document(List<Entry> standards) {
    }

    /**
     * One standard as written.
     *
     * @param code the code
     * @param department the department whose hours count, or null for plain time
     * @param duration the target
     * @param steps the escalation steps
     * @param workingDays true to count the department's working days instead of its opening hours
     */
    public record Entry(String code, String department, Duration duration, List<Step> steps, Boolean workingDays) {
    }

    /**
     * One escalation step as written.
     *
     * @param percent the share of the target
     * @param to who is told
     * @param staff the person, for {@code STAFF}
     */
    public record Step(Integer percent, EscalationStep.Escalation to, String staff) {
    }

    private Standards() {
    }

    /**
     * Reads standards.
     *
     * @param json the document
     * @return the standards, in document order
     * @throws ValidationException listing every problem
     */
    public static List<Standard> fromJson(String json) {
        return fromJson(JsonSource.of(json));
    }

    /**
     * Reads standards.
     *
     * @param json where the document is: {@code JsonSource.of(path | reader | stream | string)}
     * @return the standards, in document order
     * @throws ValidationException listing every problem
     */
    public static List<Standard> fromJson(JsonSource json) {
        Document doc = AftersalesJson.read(json, Document.class);
        Violations v = DeadlineMessages.violations();
        List<Entry> entries = doc.standards() == null ? List.of() : doc.standards();
        List<Standard> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "standards[" + i + "]";
            Entry e = entries.get(i);
            if (e == null) {
                v.add(path, "required");
                continue;
            }
            int before = v.list().size();
            DepartmentId department = null;
            if (e.department() != null) {
                department = attempt(v, path + ".department", () -> DepartmentId.of(e.department()));
            }
            if (e.code() != null && !e.code().isBlank() && !codes.add(e.code())) {
                v.add(path + ".code", "deadline.duplicateStandard", e.code());
            }
            DepartmentId dept = department;
            Target target = e.duration() == null ? null
                    : attempt(v, path, () -> new Target(e.duration(), dept,
                            Boolean.TRUE.equals(e.workingDays())));
            if (e.duration() == null) {
                v.add(path + ".duration", "required");
            }
            List<EscalationStep> steps = steps(v, path + ".steps", e.steps());
            if (v.list().size() == before && target != null) {
                Standard standard = attempt(v, path, () -> new Standard(e.code(), target, steps));
                if (standard != null) {
                    out.add(standard);
                }
            } else {
                v.requiredText(path + ".code", e.code());
            }
        }
        v.throwIfPresent();
        return List.copyOf(out);
    }

    /**
     * Reads escalation steps as written, for documents that embed them (such as a service
     * blueprint's timed standards): each problem is added to {@code v} under {@code path}.
     *
     * @param v where problems are listed
     * @param path the path of the list, such as {@code standards[0].steps}
     * @param written the steps as written, or null
     * @return the steps that could be made, in order
     */
    public static List<EscalationStep> steps(Violations v, String path, List<Step> written) {
        List<EscalationStep> steps = new ArrayList<>();
        List<Step> all = written == null ? List.of() : written;
        for (int s = 0; s < all.size(); s++) {
            Step step = all.get(s);
            String at = path + "[" + s + "]";
            if (step == null || step.percent() == null) {
                v.add(step == null ? at : at + ".percent", "required");
                continue;
            }
            StaffId staff = step.staff() == null ? null : attempt(v, at + ".staff", () -> StaffId.of(step.staff()));
            EscalationStep made = attempt(v, at, () -> new EscalationStep(step.percent(), step.to(), staff));
            if (made != null) {
                steps.add(made);
            }
        }
        return steps;
    }

    private static <T> T attempt(Violations v, String path, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (ValidationException e) {
            v.addAll(path, e);
            return null;
        }
    }
}
