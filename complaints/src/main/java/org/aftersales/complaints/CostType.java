package org.aftersales.complaints;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Kinds of cost of handling a quality complaint (K4): the product costs (repair, parts,
 * transport, packing), which go to manufacturing cost, and the staff costs (travel, lodging,
 * allowances), which the department that sent the staff bears.
 */
public enum CostType implements Labelled {
    /** Repair labour. */
    REPAIR(false, "Repair", "维修费"),
    /** Parts replaced. */
    PARTS(false, "Parts", "换件费"),
    /** Transport. */
    TRANSPORT(false, "Transport", "运输费"),
    /** Packing. */
    PACKING(false, "Packing", "包装费"),
    /** Travel of service staff. */
    STAFF_TRAVEL(true, "Staff travel", "差旅费"),
    /** Lodging of service staff. */
    LODGING(true, "Lodging", "住宿费"),
    /** Allowances of service staff. */
    ALLOWANCE(true, "Allowances", "补助费");

    private final boolean staffCost;
    private final LocalizedText label;

    CostType(boolean staffCost, String en, String zh) {
        this.staffCost = staffCost;
        this.label = new LocalizedText(en, zh);
    }

    /** @return true for travel, lodging and allowances of service staff */
    public boolean staffCost() {
        return staffCost;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
