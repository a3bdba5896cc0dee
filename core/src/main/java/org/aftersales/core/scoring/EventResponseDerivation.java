package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.scoring.spi.ItemDerivation;

/**
 * Built-in derivation {@code event-response}: the share of "start" events in the period
 * (caused by the assessed staff member, or any for a department) that an "answer" event of
 * the same correlation id followed within a duration.
 *
 * <p>Settings: {@code start} and {@code answer} (event types), {@code within} (ISO-8601
 * duration such as {@code P3D} or {@code PT5M}), {@code pass-at} (percent needed to pass,
 * 100 by default), {@code partly-at} (percent from which the item is partly met, earning the
 * share of its points; if absent, anything below {@code pass-at} fails). A start whose answer
 * is missing but not yet due at the clock's time is pending and not counted; with nothing
 * counted the item is not applicable.
 */
final class EventResponseDerivation implements ItemDerivation {

    static final String KIND = "event-response";
    private static final Set<String> KNOWN = Set.of("start", "answer", "within", "pass-at", "partly-at");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void checkSettings(Map<String, String> settings, Violations problems) {
        Settings s = new Settings(settings, problems);
        s.only(KNOWN);
        s.eventType("start");
        s.eventType("answer");
        s.duration("within");
        checkShares(s, problems);
    }

    /** Checks {@code pass-at} and {@code partly-at}, shared with {@link DeadlineKeptDerivation}. */
    static void checkShares(Settings s, Violations problems) {
        BigDecimal pass = s.percent("pass-at", BigDecimal.valueOf(100));
        BigDecimal partly = s.percent("partly-at", null);
        if (partly != null && partly.compareTo(pass) >= 0) {
            problems.add("partly-at", "scoring.setting.partlyAbovePass", partly.toPlainString(), pass.toPlainString());
        }
    }

    @Override
    public DerivedResult derive(DerivationInput in) {
        Settings s = Settings.checked(in.settings());
        String start = s.eventType("start");
        String answer = s.eventType("answer");
        Duration within = s.duration("within");
        BigDecimal passAt = s.percent("pass-at", BigDecimal.valueOf(100));
        BigDecimal partlyAt = s.percent("partly-at", null);
        int onTime = 0;
        int counted = 0;
        int pending = 0;
        for (DomainEvent e : in.events()) {
            if (!e.type().equals(start) || !in.inPeriod(e) || !in.causedBySubject(e)) {
                continue;
            }
            Instant at = e.metadata().occurredAt();
            Instant deadline = at.plus(within);
            Instant answered = in.events().stream()
                    .filter(a -> a.type().equals(answer)
                            && a.metadata().correlationId().equals(e.metadata().correlationId())
                            && !a.metadata().occurredAt().isBefore(at))
                    .map(a -> a.metadata().occurredAt())
                    .findFirst()
                    .orElse(null);
            if (answered != null && !answered.isAfter(deadline)) {
                onTime++;
                counted++;
            } else if (answered == null && deadline.isAfter(in.now())) {
                pending++;
            } else {
                counted++;
            }
        }
        if (counted == 0) {
            return DerivedResult.of(Outcome.NOT_APPLICABLE,
                    ScoringMessages.MESSAGES.text("scoring.derived.responseNone", start, pending));
        }
        BigDecimal share = share(onTime, counted);
        var evidence = ScoringMessages.MESSAGES.text(
                "scoring.derived.response", onTime, counted, start, answer, within.toString(), share.toPlainString(), pending);
        return grade(in, onTime, counted, passAt, partlyAt, evidence);
    }

    /** The share of {@code onTime} in {@code counted}, in percent with two decimals. */
    static BigDecimal share(int onTime, int counted) {
        return BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
    }

    /**
     * Passed from {@code pass-at}; from {@code partly-at}, the share of the points that
     * {@code onTime} of {@code counted} earns; else failed. Shared with {@link DeadlineKeptDerivation}.
     */
    static DerivedResult grade(DerivationInput in, int onTime, int counted, BigDecimal passAt, BigDecimal partlyAt,
            org.aftersales.core.i18n.LocalizedText evidence) {
        BigDecimal share = share(onTime, counted);
        if (share.compareTo(passAt) >= 0) {
            return DerivedResult.of(Outcome.PASSED, evidence);
        }
        if (partlyAt != null && share.compareTo(partlyAt) >= 0 && onTime > 0) {
            BigDecimal awarded = BigDecimal.valueOf((long) in.item().points() * onTime)
                    .divide(BigDecimal.valueOf(counted), 2, RoundingMode.DOWN);
            if (awarded.signum() > 0) {
                return DerivedResult.partly(awarded, evidence);
            }
        }
        return DerivedResult.of(Outcome.FAILED, evidence);
    }
}
