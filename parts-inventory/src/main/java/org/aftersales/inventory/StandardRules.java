package org.aftersales.inventory;

import java.util.List;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.core.i18n.LocalizedText;

/** The built-in placement rules and rule sets. */
final class StandardRules {

    /** Ids of the built-in hard rules, which every rule set applies. */
    static final List<String> HARD_IDS = List.of(OnePartOneBinRule.ID, FitsBinRule.ID, LevelLoadRule.ID,
            VerticalStorageRule.ID, HeavyLowRule.ID, DedicatedRackRule.ID, LookAlikeApartRule.ID);

    private StandardRules() {
    }

    /** @return a fresh instance of every built-in rule, hard rules first */
    static List<PlacementRule> rules() {
        return List.of(new OnePartOneBinRule(), new FitsBinRule(), new LevelLoadRule(), new VerticalStorageRule(),
                new HeavyLowRule(), new DedicatedRackRule(), new LookAlikeApartRule(), new SameTypeTogetherRule(),
                new ShapesApartRule(), new FastMoversNearCounterRule(), new SpaceUseRule());
    }

    /** @return the built-in rule sets: standard, counter-first, compact */
    static List<RuleSet> ruleSets() {
        return List.of(
                set("standard", new LocalizedText(
                                "The parts department standard: same types together, shapes apart, fast movers near the counter.",
                                "配件部标准：同类就近、异形分开、快流件靠近柜台。"),
                        3, 2, 2, 1),
                set("counter-first", new LocalizedText(
                                "Short walks first: fast movers as near the counter as possible.",
                                "路程优先：快流件尽量靠近柜台。"),
                        2, 1, 5, 1),
                set("compact", new LocalizedText(
                                "Space first: fill bins well and keep shapes apart.",
                                "空间优先：料位装满，形状分开。"),
                        1, 2, 1, 4));
    }

    private static RuleSet set(String name, LocalizedText description, double sameType, double shapes, double fast,
            double space) {
        return new RuleSet(name, description, List.of(
                new RuleWeight(SameTypeTogetherRule.ID, sameType),
                new RuleWeight(ShapesApartRule.ID, shapes),
                new RuleWeight(FastMoversNearCounterRule.ID, fast),
                new RuleWeight(SpaceUseRule.ID, space)));
    }
}
