package org.aftersales.inventory.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.SupplyDocument;

/** The commands of the stock ledger (P6, P12), each one unit of work of {@link PartsWarehouse}. */
public final class LedgerCommands {

    private LedgerCommands() {
    }

    /**
     * Reserve parts for a document; each line in full or not at all.
     *
     * @param document the document
     * @param lines the lines
     * @param needed the day the parts are needed
     */
    public record Reserve(@NotNull SupplyDocument document, @NotEmpty List<@Valid @NotNull PartLine> lines,
            @NotNull LocalDate needed) {
    }

    /**
     * Let go of everything a document holds.
     *
     * @param document the document
     */
    public record Release(@NotNull SupplyDocument document) {
    }

    /**
     * Issue parts to a document, earliest expiry first; expired stock is never issued.
     *
     * @param document the document
     * @param lines the lines
     */
    public record Issue(@NotNull SupplyDocument document, @NotEmpty List<@Valid @NotNull PartLine> lines) {
    }

    /**
     * Take back parts issued to a document and not used.
     *
     * @param document the document
     * @param lines the lines
     */
    public record GiveBack(@NotNull SupplyDocument document, @NotEmpty List<@Valid @NotNull PartLine> lines) {
    }

    /**
     * Undo a movement with its exact opposite; the movement itself stays as it was.
     *
     * @param movement the movement
     * @param clerk who undoes it
     * @param reason why
     */
    public record Reverse(@NotNull MovementId movement, @NotNull StaffId clerk, @NotBlank String reason) {
    }

    /**
     * A cycle count of one part in one bin (P6).
     *
     * @param part the part
     * @param bin the bin
     * @param counted the pieces found
     * @param clerk who counted
     */
    public record Count(@NotNull PartNumber part, @NotNull BinCode bin, @PositiveOrZero long counted,
            @NotNull StaffId clerk) {
    }

    /**
     * Block pieces on hand from being promised or issued (found damaged, in dispute with the
     * supplier), or unblock them with a negative quantity.
     *
     * @param part the part
     * @param quantity pieces to block, or negative to unblock; never zero
     * @param reason why
     * @param clerk who does it
     */
    public record Block(@NotNull PartNumber part, long quantity, @NotBlank String reason, @NotNull StaffId clerk) {
    }

    /**
     * Goods ordered and expected on a day, counted in available to promise from then (P12).
     *
     * @param part the part
     * @param reference the purchase order or transfer
     * @param date the day expected
     * @param quantity the pieces
     */
    public record ExpectGoods(@NotNull PartNumber part, @NotBlank String reference, @NotNull LocalDate date,
            @Positive long quantity) {
    }
}
