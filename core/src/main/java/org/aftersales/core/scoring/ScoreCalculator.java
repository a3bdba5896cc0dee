package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out scores (S2): passed earns the item's points, partly met the awarded points (half
 * by default), failed nothing; not-applicable items leave both sides. The percentage is
 * rounded half up to 2 decimals and the grade is read from the rounded percentage.
 */
final class ScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private ScoreCalculator() {
    }

    /**
     * The points an item earns with a result.
     *
     * @param item the item
     * @param result its result
     * @return the points earned; zero for failed and not applicable
     */
    public static BigDecimal earned(StandardItem item, ItemResult result) {
        return switch (result.outcome()) {
            case PASSED -> BigDecimal.valueOf(item.points());
            case PARTLY_MET -> result.awarded() != null ? result.awarded() : BigDecimal.valueOf(item.points()).multiply(HALF);
            case FAILED, NOT_APPLICABLE -> BigDecimal.ZERO;
        };
    }

    /**
     * A percentage, 2 decimals, half up.
     *
     * @param earned points earned
     * @param applicable points applicable, more than 0
     * @return the percentage
     */
    public static BigDecimal percent(BigDecimal earned, BigDecimal applicable) {
        return earned.multiply(HUNDRED).divide(applicable, 2, RoundingMode.HALF_UP);
    }

    /**
     * A number of points without trailing zeros: 40.0 becomes 40, 2.50 becomes 2.5.
     *
     * @param points the points
     * @return the same value, written as briefly as possible
     */
    public static BigDecimal normal(BigDecimal points) {
        BigDecimal s = points.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * The score of each section, in catalogue order.
     *
     * @param catalogue the catalogue
     * @param results the results of the applicable items
     * @return one score per section
     */
    public static List<SectionScore> sections(Catalogue catalogue, List<ItemResult> results) {
        Map<ItemCode, ItemResult> byCode = results.stream().collect(Collectors.toMap(ItemResult::item, Function.identity()));
        List<SectionScore> out = new ArrayList<>();
        for (Section section : catalogue.sections()) {
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal applicable = BigDecimal.ZERO;
            List<ItemCode> failedMust = new ArrayList<>();
            for (StandardItem item : section.items()) {
                ItemResult r = byCode.get(item.code());
                if (r == null || r.outcome() == Outcome.NOT_APPLICABLE) {
                    continue;
                }
                applicable = applicable.add(BigDecimal.valueOf(item.points()));
                earned = earned.add(earned(item, r));
                if (r.outcome() == Outcome.FAILED && item.level() == Level.MUST) {
                    failedMust.add(item.code());
                }
            }
            BigDecimal percent = applicable.signum() == 0 ? null : percent(earned, applicable);
            out.add(new SectionScore(section.code(), section.title(), normal(earned), normal(applicable), percent, failedMust));
        }
        return out;
    }

    /**
     * The overall score from the section scores.
     *
     * @param sections the section scores
     * @param scheme the grading scheme
     * @return the score, or null when no point applied at all
     */
    public static Score total(List<SectionScore> sections, GradingScheme scheme) {
        BigDecimal earned = normal(sections.stream().map(SectionScore::earned).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal applicable = normal(sections.stream().map(SectionScore::applicable).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (applicable.signum() == 0) {
            return null;
        }
        List<ItemCode> failedMust = sections.stream().flatMap(s -> s.failedMust().stream()).toList();
        BigDecimal percent = percent(earned, applicable);
        return new Score(earned, applicable, percent, scheme.band(percent), scheme.grade(percent, !failedMust.isEmpty()), failedMust);
    }
}
