package org.aftersales.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.scoring.Outcome;
import org.aftersales.core.scoring.Subject;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.scoring.spi.ItemDerivation;

/**
 * Scoring derivation {@code complaints-in-time} (K9): the share of complaints closed in the
 * period that met a time limit in business time, as the desk measured it (so pauses and
 * holidays count as they should, which a plain "answered within" cannot do). A department
 * subject counts the complaints closed with it as the responsible department; a staff subject
 * counts those it owned at closing.
 *
 * <p>Settings: {@code limit}, {@code first-answer} or {@code resolution} (required);
 * {@code pass-at}, the percent needed to pass, 90 by default (our default). With no complaint
 * closed in the period the item is not applicable. Provided to the scoring host through
 * {@code module-info}; stateless and thread-safe.
 */
public final class ComplaintsInTime implements ItemDerivation {

    /** The kind catalogues name. */
    public static final String KIND = "complaints-in-time";
    private static final Set<String> KNOWN = Set.of("limit", "pass-at");
    private static final Set<String> LIMITS = Set.of("first-answer", "resolution");

    /** For {@link java.util.ServiceLoader}. */
    public ComplaintsInTime() {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void checkSettings(Map<String, String> settings, Violations problems) {
        settings.keySet().stream().filter(k -> !KNOWN.contains(k)).sorted().forEach(k -> problems.add(k,
                "complaint.setting.unknown", ComplaintMessages.MESSAGES.text("complaint.setting.unknown", k)));
        if (!LIMITS.contains(settings.get("limit"))) {
            problems.add("limit", "complaint.setting.limit",
                    ComplaintMessages.MESSAGES.text("complaint.setting.limit", settings.get("limit")));
        }
        try {
            passAt(settings);
        } catch (NumberFormatException e) {
            problems.add("pass-at", "complaint.setting.passAt",
                    ComplaintMessages.MESSAGES.text("complaint.setting.passAt", settings.get("pass-at")));
        }
    }

    private static BigDecimal passAt(Map<String, String> settings) {
        BigDecimal p = new BigDecimal(settings.getOrDefault("pass-at", "90"));
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new NumberFormatException(p.toPlainString());
        }
        return p;
    }

    @Override
    public DerivedResult derive(DerivationInput in) {
        boolean firstAnswer = "first-answer".equals(in.settings().get("limit"));
        BigDecimal passAt = passAt(in.settings());
        long counted = 0;
        long inTime = 0;
        for (DomainEvent e : in.events()) {
            if (!(e instanceof ComplaintEvent.Closed c) || !in.inPeriod(e) || !counts(in.subject(), c)) {
                continue;
            }
            counted++;
            if (firstAnswer ? c.answeredInTime() : c.resolvedInTime()) {
                inTime++;
            }
        }
        if (counted == 0) {
            return DerivedResult.of(Outcome.NOT_APPLICABLE, ComplaintMessages.MESSAGES.text("complaint.derived.none"));
        }
        BigDecimal share = BigDecimal.valueOf(inTime * 100).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
        var evidence = ComplaintMessages.MESSAGES.text("complaint.derived.share", inTime, counted,
                in.settings().get("limit"), share.toPlainString());
        return DerivedResult.of(share.compareTo(passAt) >= 0 ? Outcome.PASSED : Outcome.FAILED, evidence);
    }

    private static boolean counts(Subject subject, ComplaintEvent.Closed c) {
        if (subject instanceof Subject.Department d) {
            return c.department() != null && c.department().equals(d.id());
        }
        if (subject instanceof Subject.Staff s) {
            return c.owner().equals(s.id());
        }
        return false;
    }
}
