package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;

/**
 * The check of picked goods against their delivery note (送货审核, P9; seed 000): part and
 * quantity as noted, the specification fits the customer's vehicle, the goods sound, the
 * packaging whole. Goods leave only when it passed; a home delivery then runs against its
 * promised time, kept as a deadline.
 *
 * @param id the delivery note
 * @param lines each part's findings
 * @param passed whether every line passed
 * @param checkedAt when
 * @param checker who checked
 * @param deliveryDue when the goods are promised at the customer's door, or null (collected,
 *     farther than the promise covers, or not passed)
 * @param deliveredAt when they were handed over, or null
 */
public record OutboundCheck(DocumentNumber id, List<LineCheck> lines, boolean passed, Instant checkedAt,
        StaffId checker, Instant deliveryDue, Instant deliveredAt) implements RefusalDetail, Aggregate<DocumentNumber> {

    /** What can be wrong with a line. */
    public enum Problem {
        /** Picked but not on the note. */
        NOT_ON_NOTE,
        /** On the note but not picked. */
        MISSING,
        /** Another quantity than noted. */
        QUANTITY,
        /** The part does not fit the customer's vehicle model. */
        DOES_NOT_FIT,
        /** The goods are not sound. */
        QUALITY,
        /** The packaging is damaged. */
        PACKAGING
    }

    /**
     * One part's findings.
     *
     * @param part the part
     * @param noted the pieces on the note
     * @param picked the pieces picked
     * @param problems what is wrong, empty when it passed
     */
    public record LineCheck(PartNumber part, long noted, long picked, List<Problem> problems) {

        /** Copies the list. */
        public LineCheck {
            problems = List.copyOf(problems);
        }
    }

    /** Copies the list. */
    public OutboundCheck {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
    }
}
