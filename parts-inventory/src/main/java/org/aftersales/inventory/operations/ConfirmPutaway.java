package org.aftersales.inventory.operations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.StaffId;

/**
 * Confirm that a putaway task's goods are in their bin (P5): stock moves from the dock to the
 * bin and the bin card gets its line.
 *
 * @param receipt the receipt
 * @param task the task's number
 * @param bin the bin the goods went into; null means the engine's choice. Another bin than the
 *     engine's is refused, unless no bin fitted when the task was made
 * @param clerk who put them away
 */
public record ConfirmPutaway(@NotNull DocumentNumber receipt, @Positive int task, BinCode bin,
        @NotNull StaffId clerk) {
}
