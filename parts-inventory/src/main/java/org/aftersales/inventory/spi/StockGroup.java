package org.aftersales.inventory.spi;

import java.util.Objects;

/**
 * A group of stored parts that belong near each other (P3 same-type rule): every part of a
 * category, or the parts of a category that fit one vehicle model (the body panels of one
 * model).
 *
 * @param category the part category
 * @param model the vehicle model, or null for the whole category
 */
public record StockGroup(String category, String model) {

    /** Checks the category is present. */
    public StockGroup {
        Objects.requireNonNull(category, "category");
    }

    /**
     * @param category a category
     * @return the group of every part of the category
     */
    public static StockGroup category(String category) {
        return new StockGroup(category, null);
    }

    /**
     * @param category a category
     * @param model a vehicle model
     * @return the group of the category's parts that fit the model
     */
    public static StockGroup model(String category, String model) {
        return new StockGroup(category, Objects.requireNonNull(model, "model"));
    }
}
