package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.i18n.LocalizedText;

/**
 * One section's part of a score (S5): points earned over points applicable in that section.
 *
 * @param section the section code
 * @param title the section title
 * @param earned points earned in the section
 * @param applicable points applicable in the section; 0 when nothing in it applied
 * @param percent the section's percentage, 2 decimals half up; null when nothing applied
 * @param failedMust failed MUST items of the section
 */
public record SectionScore(
        String section,
        LocalizedText title,
        BigDecimal earned,
        BigDecimal applicable,
        BigDecimal percent,
        List<ItemCode> failedMust) {

    /** Checks the parts are present. */
    public SectionScore {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(applicable, "applicable");
        failedMust = List.copyOf(failedMust);
    }

    /** @return the percentage, empty when nothing in the section applied */
    public Optional<BigDecimal> percentIfAny() {
        return Optional.ofNullable(percent);
    }
}
