package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.scoring.spi.ItemDerivation;

/**
 * Built-in derivation {@code event-count}: at least {@code at-least} events of {@code type}
 * in the period (caused by the assessed staff member, or any for a department). With
 * {@code partly-at}, a count from there up earns its share of the points.
 */
final class EventCountDerivation implements ItemDerivation {

    private static final Set<String> KNOWN = Set.of("type", "at-least", "partly-at");

    @Override
    public String kind() {
        return "event-count";
    }

    @Override
    public void checkSettings(Map<String, String> settings, Violations problems) {
        Settings s = new Settings(settings, problems);
        s.only(KNOWN);
        s.eventType("type");
        Integer atLeast = s.count("at-least", null);
        Integer partly = s.count("partly-at", 0);
        if (atLeast != null && partly != null && partly >= atLeast) {
            problems.add("partly-at", "scoring.setting.partlyAbovePass", partly, atLeast);
        }
    }

    @Override
    public DerivedResult derive(DerivationInput in) {
        Settings s = Settings.checked(in.settings());
        String type = s.eventType("type");
        int atLeast = s.count("at-least", 1);
        int partlyAt = s.count("partly-at", 0);
        long count = in.events().stream()
                .filter(e -> e.type().equals(type) && in.inPeriod(e) && in.causedBySubject(e))
                .count();
        var evidence = ScoringMessages.MESSAGES.text("scoring.derived.count", count, type, atLeast);
        if (count >= atLeast) {
            return DerivedResult.of(Outcome.PASSED, evidence);
        }
        if (partlyAt > 0 && count >= partlyAt) {
            BigDecimal awarded = BigDecimal.valueOf(in.item().points() * count)
                    .divide(BigDecimal.valueOf(atLeast), 2, RoundingMode.DOWN);
            if (awarded.signum() > 0) {
                return DerivedResult.partly(awarded, evidence);
            }
        }
        return DerivedResult.of(Outcome.FAILED, evidence);
    }
}
