package org.aftersales.inventory.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.SupplierId;

/**
 * Receive a delivery (P5): the supplier's packing list with what was found in each box.
 *
 * @param supplier the supplier
 * @param packingList the packing list's number
 * @param clerk the warehouse clerk who opened the boxes
 * @param lines the lines, in the list's order
 */
public record ReceiveGoods(
        @NotNull SupplierId supplier,
        @NotBlank String packingList,
        @NotNull StaffId clerk,
        @NotEmpty List<@Valid @NotNull PackingLine> lines) {
}
