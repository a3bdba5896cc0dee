package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;

/**
 * One move of a re-slotting plan: all pieces of a part from one bin to another (P4).
 *
 * @param part the part number
 * @param quantity how many pieces
 * @param from the bin it leaves
 * @param to the bin it goes to
 * @param reason why, in English and Chinese
 */
public record Move(PartNumber part, long quantity, BinCode from, BinCode to, LocalizedText reason) {
}
