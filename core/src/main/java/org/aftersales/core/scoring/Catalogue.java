package org.aftersales.core.scoring;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A service standard (S1): sections of items, each with its level and points. Immutable and
 * thread-safe; item and section codes are unique across the catalogue. Read one from JSON
 * with {@link Catalogues#fromJson(String)}; the shipped ones are
 * {@link Catalogues#partsDepartment()} and {@link Catalogues#serviceFrontDesk()}.
 *
 * @param code the catalogue's code, such as {@code parts-department}
 * @param title its title
 * @param source where its points and levels come from, for readers; may be empty
 * @param sections its sections in order, at least one
 */
public record Catalogue(String code, LocalizedText title, String source, List<Section> sections) {

    /** Checks every part and the uniqueness of codes, listing every problem. */
    public Catalogue {
        Violations v = ScoringMessages.violations();
        ScoringMessages.checkCode(v, "code", code, ScoringMessages.NAME_CODE);
        CatalogueRules.required(v, "title", title);
        CatalogueRules.nonEmpty(v, "sections", sections);
        if (sections != null && sections.stream().noneMatch(java.util.Objects::isNull)) {
            Map<String, String> sectionCodes = new LinkedHashMap<>();
            Map<String, String> itemCodes = new LinkedHashMap<>();
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                sectionCodes.put("sections[" + i + "].code", s.code());
                for (int j = 0; j < s.items().size(); j++) {
                    itemCodes.put("sections[" + i + "].items[" + j + "].code", s.items().get(j).code().value());
                }
            }
            CatalogueRules.duplicates(v, sectionCodes);
            CatalogueRules.duplicates(v, itemCodes);
        }
        v.throwIfPresent();
        source = source == null ? "" : source;
        sections = List.copyOf(sections);
    }

    /** @return every item in catalogue order */
    public Stream<StandardItem> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    /**
     * Looks an item up by code.
     *
     * @param code the item code
     * @return the item, or empty
     */
    public Optional<StandardItem> item(ItemCode code) {
        return items().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The section holding an item.
     *
     * @param code the item code
     * @return the section, or empty
     */
    public Optional<Section> sectionOf(ItemCode code) {
        return sections.stream().filter(s -> s.items().stream().anyMatch(i -> i.code().equals(code))).findFirst();
    }

    /**
     * The items that apply to a subject, in catalogue order.
     *
     * @param subject the staff member or department
     * @return the items, keyed by code
     */
    public Map<ItemCode, StandardItem> applicableTo(Subject subject) {
        ImmutableMap.Builder<ItemCode, StandardItem> out = ImmutableMap.builder();
        items().filter(i -> i.appliesTo().appliesTo(subject)).forEach(i -> out.put(i.code(), i));
        return out.build();
    }

    /**
     * This catalogue with one setting of a derived item changed, such as the number of days
     * allowed for a follow-up call ({@code within}, {@code P3D} by default in the front-desk
     * standard). The derivation checks the new value when a {@link Scoring} service is built
     * with the catalogue.
     *
     * @param item the derived item's code
     * @param name the setting's name
     * @param value its new value
     * @return the changed catalogue
     * @throws IllegalArgumentException if the item is not in the catalogue or is not derived
     */
    public Catalogue withDerivationSetting(ItemCode item, String name, String value) {
        StandardItem old = item(item).filter(i -> i.derivation() != null)
                .orElseThrow(() -> new IllegalArgumentException("no derived item " + item + " in catalogue " + code));
        Map<String, String> settings = new LinkedHashMap<>(old.derivation().settings());
        settings.put(name, value);
        StandardItem changed = new StandardItem(old.code(), old.text(), old.level(), old.points(), old.appliesTo(),
                old.evidence(), new Derivation(old.derivation().kind(), settings));
        List<Section> out = sections.stream()
                .map(s -> new Section(s.code(), s.title(), s.items().stream().map(i -> i == old ? changed : i).toList()))
                .toList();
        return new Catalogue(code, title, source, out);
    }

    /** @return the sum of the points of every item */
    public int totalPoints() {
        return sections.stream().mapToInt(Section::totalPoints).sum();
    }
}
