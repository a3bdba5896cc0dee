package org.aftersales.inventory.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.supply.PartLine;

/** The commands of shortage handling (P8), each one unit of work of {@link PartsWarehouse}. */
public final class ShortageCommands {

    private ShortageCommands() {
    }

    /**
     * Raise a transfer (调件) for a short part: the transfer sources are asked, the best offer
     * that covers the quantity is taken (earliest arrival, then plugin order), or the named
     * source's when one is given.
     *
     * @param part the part
     * @param quantity the pieces
     * @param needed the day they are needed
     * @param source the id of the source to take it from, or null for the best offer
     * @param clerk who raises it
     * @param tellCustomer the customer to send the promised date to at once
     *     ({@link PartsStandards#TRANSFER_DATE} message), or null; needs the warehouse built with
     *     notifications that know the parts templates
     */
    public record RaiseTransfer(@NotNull PartNumber part, @Positive long quantity, @NotNull LocalDate needed,
            String source, @NotNull StaffId clerk, Recipient tellCustomer) implements RefusalDetail {

        /**
         * A transfer without a message to the customer.
         *
         * @param part the part
         * @param quantity the pieces
         * @param needed the day they are needed
         * @param source the source's id, or null for the best offer
         * @param clerk who raises it
         */
        public RaiseTransfer(PartNumber part, long quantity, LocalDate needed, String source, StaffId clerk) {
            this(part, quantity, needed, source, clerk, null);
        }
    }

    /**
     * Record a sale lost because the part was not there and the customer walked away.
     *
     * @param part the part
     * @param quantity the pieces asked for
     * @param customer the customer, or null when unknown
     * @param reason why, in the clerk's words
     * @param clerk who records it
     */
    public record RecordLostSale(@NotNull PartNumber part, @Positive long quantity, CustomerId customer,
            @NotBlank String reason, @NotNull StaffId clerk) {
    }

    /**
     * A repair shop asks for parts for a repair order; it must be answered within the
     * {@link PartsWarehouse#ANSWER_PARTS_REQUEST} standard (5 minutes).
     *
     * @param repairOrder the repair order's number
     * @param lines the parts
     * @param clerk the parts clerk who owns the answer
     */
    public record RequestParts(@NotBlank String repairOrder, @NotEmpty List<@Valid @NotNull PartLine> lines,
            @NotNull StaffId clerk) {
    }

    /**
     * Answer a parts request: reserve what can be reserved for its repair order, meet its deadline.
     *
     * @param request the request's number
     * @param clerk who answers
     */
    public record AnswerPartsRequest(@NotNull DocumentNumber request, @NotNull StaffId clerk) {
    }
}
