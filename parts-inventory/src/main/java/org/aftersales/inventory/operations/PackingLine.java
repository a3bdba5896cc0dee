package org.aftersales.inventory.operations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.aftersales.core.id.PartNumber;

/**
 * One line of a packing list and what the clerk found on opening the box (P5): every box is
 * opened and checked for part number, origin or brand, quantity, packaging damage and, for
 * fragile parts, cracks.
 *
 * @param part the part number on the list
 * @param origin the origin or brand on the list (产地), or null when the list gives none
 * @param quantity the pieces on the list
 * @param foundPart the part number found in the box, or null when it is the listed one
 * @param foundOrigin the origin or brand found, or null when it matches or is not marked
 * @param counted the pieces found
 * @param damaged of those, pieces with damaged packaging or (fragile parts) cracks
 * @param produced the production date, required when the part's lots carry dates
 * @param expires the expiry date, required when the part's lots carry dates
 */
public record PackingLine(
        @NotNull PartNumber part,
        String origin,
        @Positive long quantity,
        PartNumber foundPart,
        String foundOrigin,
        @PositiveOrZero long counted,
        @PositiveOrZero long damaged,
        LocalDate produced,
        LocalDate expires) {

    /**
     * A line found exactly as listed.
     *
     * @param part the part
     * @param quantity the pieces listed and found
     * @return the line
     */
    public static PackingLine asListed(PartNumber part, long quantity) {
        return new PackingLine(part, null, quantity, null, null, quantity, 0, null, null);
    }

    /**
     * The same line with lot dates.
     *
     * @param productionDate the production date
     * @param expiryDate the expiry date
     * @return the line
     */
    public PackingLine dated(LocalDate productionDate, LocalDate expiryDate) {
        return new PackingLine(part, origin, quantity, foundPart, foundOrigin, counted, damaged, productionDate,
                expiryDate);
    }
}
