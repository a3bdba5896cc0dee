package org.aftersales.inventory.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;

/** The commands of the outbound check (P9), each one unit of work of {@link PartsWarehouse}. */
public final class OutboundCommands {

    private OutboundCommands() {
    }

    /**
     * A line of the delivery note.
     *
     * @param part the part
     * @param quantity the pieces
     */
    public record NoteLine(@NotNull PartNumber part, @Positive long quantity) {
    }

    /**
     * What was picked for one part, and how it looked.
     *
     * @param part the part
     * @param quantity the pieces picked
     * @param qualityOk whether the goods are sound
     * @param packagingIntact whether the packaging is whole
     */
    public record Picked(@NotNull PartNumber part, @PositiveOrZero long quantity, boolean qualityOk,
            boolean packagingIntact) {
    }

    /**
     * A home delivery (seed 004: within 5 km in 30 minutes).
     *
     * @param address where to
     * @param distanceKm how far, in km
     * @param driver who drives
     */
    public record HomeDelivery(@NotBlank String address, @PositiveOrZero double distanceKm, @NotNull StaffId driver) {
    }

    /**
     * Check picked goods against their delivery note (送货审核, P9) before they leave.
     *
     * @param deliveryNote the note's number
     * @param vehicleModel the customer's vehicle model, or null when not known
     * @param note the note's lines
     * @param picked what was picked
     * @param checker who checks
     * @param homeDelivery the home delivery, or null when collected
     */
    public record Check(@NotBlank String deliveryNote, String vehicleModel,
            @NotEmpty List<@Valid @NotNull NoteLine> note, @NotNull List<@Valid @NotNull Picked> picked,
            @NotNull StaffId checker, @Valid HomeDelivery homeDelivery) {
    }

    /**
     * The goods of a checked note were handed over.
     *
     * @param deliveryNote the note
     * @param driver who handed them over
     */
    public record Delivered(@NotBlank String deliveryNote, @NotNull StaffId driver) {
    }
}
