package org.aftersales.core.party;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/** The kinds of department of a dealership (C3). */
public enum DepartmentKind implements Labelled {
    /** Service reception and advisors. */
    SERVICE("Service", "服务部"),
    /** The repair workshop. */
    WORKSHOP("Workshop", "车间"),
    /** Parts counter and warehouse. */
    PARTS("Parts", "配件部"),
    /** Vehicle sales. */
    SALES("Sales", "销售部"),
    /** Finance and settlement. */
    FINANCE("Finance", "财务部"),
    /** Quality. */
    QUALITY("Quality", "质量部"),
    /** Customer care and the call centre. */
    CUSTOMER_CARE("Customer care", "客户关爱部");

    private final LocalizedText label;

    DepartmentKind(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    @Override
    public LocalizedText label() {
        return label;
    }

}
