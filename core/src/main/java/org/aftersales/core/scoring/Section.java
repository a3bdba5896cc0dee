package org.aftersales.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A section of a catalogue, such as parts sales or warehouse management, with its items in
 * order (S1). Scorecards report a score per section.
 *
 * @param code the section's code, unique in its catalogue, such as {@code warehouse}
 * @param title its title
 * @param items its items, at least one, codes unique
 */
public record Section(String code, LocalizedText title, List<StandardItem> items) {

    /** Checks every part, listing every problem. */
    public Section {
        Violations v = ScoringMessages.violations();
        ScoringMessages.checkCode(v, "code", code, ScoringMessages.NAME_CODE);
        CatalogueRules.required(v, "title", title);
        CatalogueRules.nonEmpty(v, "items", items);
        if (items != null) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                codes.put("items[" + i + "].code", items.get(i) == null ? null : items.get(i).code().value());
            }
            CatalogueRules.duplicates(v, codes);
        }
        v.throwIfPresent();
        items = List.copyOf(items);
    }

    /** @return the sum of the points of its items */
    public int totalPoints() {
        return items.stream().mapToInt(StandardItem::points).sum();
    }
}
