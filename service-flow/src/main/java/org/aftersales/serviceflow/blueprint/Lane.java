package org.aftersales.serviceflow.blueprint;

import org.aftersales.core.i18n.LocalizedText;

/**
 * The lanes of a service blueprint, top to bottom: what the customer does; what the staff do
 * in front of the customer (above the line of visibility); what staff do out of sight to
 * support them. Above the line of interaction the customer acts; the front stage is where the
 * moments of truth happen, and the back stage is judged by time and result.
 */
public enum Lane {
    /** The customer's own actions. */
    CUSTOMER("Customer actions", "客户行为"),
    /** Staff in contact with the customer, in the customer's sight. */
    FRONT_STAGE("Front stage: contact with the customer", "前台：与客户接触"),
    /** Staff out of the customer's sight, supporting the front stage. */
    BACK_STAGE("Back stage: support out of sight", "后台：看不见的支持");

    private final LocalizedText label;

    Lane(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    /** @return the lane's name in English and Chinese */
    public LocalizedText label() {
        return label;
    }
}
