package org.aftersales.inventory.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.supply.PartLine;

/** The commands of the parts counter (P11). */
public final class CounterCommands {

    private CounterCommands() {
    }

    /**
     * Ask for a quote.
     *
     * @param customer the customer, or null for a walk-in
     * @param lines the parts asked for
     */
    public record Quote(CustomerId customer, @NotEmpty List<@Valid @NotNull PartLine> lines) {
    }

    /**
     * Sell over the counter: parts leave the shelves (earliest expiry first), the customer's
     * account is drawn when asked, the sale document is made at once.
     *
     * @param customer the customer, or null for a walk-in
     * @param lines the parts
     * @param onAccount whether to draw the customer's parts account
     * @param clerk who sells
     */
    public record Sell(CustomerId customer, @NotEmpty List<@Valid @NotNull PartLine> lines, boolean onAccount,
            @NotNull StaffId clerk) {
    }
}
