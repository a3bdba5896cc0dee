package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.value.Dimensions;
import org.aftersales.core.value.Weight;

/**
 * One entry of the part master (P1): what a part is and what its storage needs. Immutable;
 * checked on construction, listing every problem at once.
 *
 * <p>Defaults for absent optional fields: no vehicle models, {@link Sourcing#GENUINE},
 * {@link StorageRequirement#ANY}, {@link Movement#MEDIUM}, no look-alike group, no links, no
 * competitor prices, no consumer information.
 *
 * @param number the part number (件号)
 * @param name the name in English and Chinese
 * @param category the category, such as {@code body-panel} or {@code oil-filter}; dedicated
 *     racks and the same-type rule use it
 * @param models the vehicle models the part fits
 * @param dimensions the outer size of one piece as stored
 * @param weight the weight of one piece
 * @param shape the rough shape
 * @param fragile true for parts easily damaged (易损件), checked for cracks on receipt
 * @param sourcing genuine or aftermarket
 * @param storage how it must be stored
 * @param movement how often it is picked
 * @param lookAlikeGroup parts in the same group look alike and are kept apart; null for none
 * @param links superseding parts and alternatives
 * @param competitorPrices competitors' prices, where known
 * @param consumerInfo what the customer has a right to know, or null
 */
public record Part(
        PartNumber number,
        LocalizedText name,
        String category,
        List<String> models,
        Dimensions dimensions,
        Weight weight,
        ShapeClass shape,
        boolean fragile,
        Sourcing sourcing,
        StorageRequirement storage,
        Movement movement,
        String lookAlikeGroup,
        List<PartLink> links,
        List<CompetitorPrice> competitorPrices,
        ConsumerInfo consumerInfo) {

    /** Checks required fields and fills the defaults. */
    public Part {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (number == null) {
            v.add("number", "required");
        }
        if (name == null) {
            v.add("name", "required");
        }
        if (category == null || category.isBlank()) {
            v.add("category", "required");
        }
        if (dimensions == null) {
            v.add("dimensions", "required");
        }
        if (weight == null) {
            v.add("weight", "required");
        }
        if (shape == null) {
            v.add("shape", "required");
        }
        models = models == null ? List.of() : List.copyOf(models);
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).isBlank()) {
                v.add("models[" + i + "]", "required");
            }
        }
        v.throwIfPresent();
        category = category.strip();
        sourcing = sourcing == null ? Sourcing.GENUINE : sourcing;
        storage = storage == null ? StorageRequirement.ANY : storage;
        movement = movement == null ? Movement.MEDIUM : movement;
        lookAlikeGroup = lookAlikeGroup == null || lookAlikeGroup.isBlank() ? null : lookAlikeGroup.strip();
        links = links == null ? List.of() : List.copyOf(links);
        competitorPrices = competitorPrices == null ? List.of() : List.copyOf(competitorPrices);
    }

    /**
     * Starts a part with its required fields; the rest take their defaults.
     *
     * @param number the part number
     * @param name the bilingual name
     * @param category the category
     * @param dimensions the size of one piece
     * @param weight the weight of one piece
     * @param shape the shape
     * @return a builder
     */
    public static Builder builder(
            PartNumber number, LocalizedText name, String category, Dimensions dimensions, Weight weight,
            ShapeClass shape) {
        return new Builder(number, name, category, dimensions, weight, shape);
    }

    /**
     * The volume the given number of pieces takes.
     *
     * @param pieces how many
     * @return cubic millimetres
     */
    public long volumeMm3(long pieces) {
        return Math.multiplyExact(dimensions.volumeMm3(), pieces);
    }

    /** Builds a {@link Part}; not thread-safe. */
    public static final class Builder {
        private final PartNumber number;
        private final LocalizedText name;
        private final String category;
        private final Dimensions dimensions;
        private final Weight weight;
        private final ShapeClass shape;
        private final List<String> models = new ArrayList<>();
        private boolean fragile;
        private Sourcing sourcing = Sourcing.GENUINE;
        private StorageRequirement storage = StorageRequirement.ANY;
        private Movement movement = Movement.MEDIUM;
        private String lookAlikeGroup;
        private final List<PartLink> links = new ArrayList<>();
        private final List<CompetitorPrice> competitorPrices = new ArrayList<>();
        private ConsumerInfo consumerInfo;

        private Builder(
                PartNumber number, LocalizedText name, String category, Dimensions dimensions, Weight weight,
                ShapeClass shape) {
            this.number = number;
            this.name = name;
            this.category = category;
            this.dimensions = dimensions;
            this.weight = weight;
            this.shape = shape;
        }

        /**
         * @param model a vehicle model the part fits
         * @return this builder
         */
        public Builder fits(String model) {
            models.add(model);
            return this;
        }

        /**
         * @param value true for a fragile part
         * @return this builder
         */
        public Builder fragile(boolean value) {
            this.fragile = value;
            return this;
        }

        /**
         * @param value genuine or aftermarket
         * @return this builder
         */
        public Builder sourcing(Sourcing value) {
            this.sourcing = value;
            return this;
        }

        /**
         * @param value the storage requirement
         * @return this builder
         */
        public Builder storage(StorageRequirement value) {
            this.storage = value;
            return this;
        }

        /**
         * @param value how often it is picked
         * @return this builder
         */
        public Builder movement(Movement value) {
            this.movement = value;
            return this;
        }

        /**
         * @param group the look-alike group
         * @return this builder
         */
        public Builder lookAlike(String group) {
            this.lookAlikeGroup = group;
            return this;
        }

        /**
         * @param link a superseding part or alternative
         * @return this builder
         */
        public Builder link(PartLink link) {
            links.add(link);
            return this;
        }

        /**
         * @param price a competitor's price
         * @return this builder
         */
        public Builder competitorPrice(CompetitorPrice price) {
            competitorPrices.add(price);
            return this;
        }

        /**
         * @param info what the customer has a right to know
         * @return this builder
         */
        public Builder consumerInfo(ConsumerInfo info) {
            this.consumerInfo = info;
            return this;
        }

        /** @return the checked part */
        public Part build() {
            return new Part(number, name, category, models, dimensions, weight, shape, fragile, sourcing, storage,
                    movement, lookAlikeGroup, links, competitorPrices, consumerInfo);
        }
    }
}
