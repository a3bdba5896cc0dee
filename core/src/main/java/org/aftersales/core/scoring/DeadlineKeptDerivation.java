package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.StandardOutcome;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.scoring.spi.ItemDerivation;

/**
 * Built-in derivation {@code deadline-kept}: the share of the obligations under one timed
 * standard that were kept, counted from the {@link StandardOutcome} events in the period
 * (the deadline service's met and missed events), for the staff member who owned them, or
 * every owner for a department. Unlike {@code event-response}, the time limit is the
 * deadline's own, in business time and with its pauses.
 *
 * <p>Settings: {@code standard} (the standard's code), {@code pass-at} (percent needed to
 * pass, 100 by default), {@code partly-at} (percent from which the item is partly met). An
 * obligation missed and met late counts once, as not kept; deadlines still running are not
 * counted; with nothing counted the item is not applicable.
 */
final class DeadlineKeptDerivation implements ItemDerivation {

    static final String KIND = "deadline-kept";
    private static final Set<String> KNOWN = Set.of("standard", "pass-at", "partly-at");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void checkSettings(Map<String, String> settings, Violations problems) {
        Settings s = new Settings(settings, problems);
        s.only(KNOWN);
        s.eventType("standard");
        EventResponseDerivation.checkShares(s, problems);
    }

    @Override
    public DerivedResult derive(DerivationInput in) {
        Settings s = Settings.checked(in.settings());
        String standard = s.eventType("standard");
        BigDecimal passAt = s.percent("pass-at", BigDecimal.valueOf(100));
        BigDecimal partlyAt = s.percent("partly-at", null);
        Map<String, Boolean> kept = new LinkedHashMap<>();
        for (DomainEvent e : in.events()) {
            if (e instanceof StandardOutcome o && o.standard().equals(standard) && in.inPeriod(e)
                    && (!(in.subject() instanceof Subject.Staff staff) || staff.id().equals(o.owner()))) {
                kept.merge(o.obligation(), o.kept(), Boolean::logicalAnd);
            }
        }
        int counted = kept.size();
        if (counted == 0) {
            return DerivedResult.of(Outcome.NOT_APPLICABLE,
                    ScoringMessages.MESSAGES.text("scoring.derived.keptNone", standard));
        }
        int onTime = (int) kept.values().stream().filter(Boolean::booleanValue).count();
        var evidence = ScoringMessages.MESSAGES.text("scoring.derived.kept", onTime, counted, standard,
                EventResponseDerivation.share(onTime, counted).toPlainString());
        return EventResponseDerivation.grade(in, onTime, counted, passAt, partlyAt, evidence);
    }
}
