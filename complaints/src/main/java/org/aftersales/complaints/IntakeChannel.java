package org.aftersales.complaints;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/** How a complaint reached the dealership (K1). */
public enum IntakeChannel implements Labelled {
    /** The customer came in and spoke to someone. */
    IN_PERSON("In person", "到店"),
    /** By telephone or the service hotline. */
    PHONE("Phone", "电话"),
    /** By WeChat or another messenger. */
    MESSENGER("Messenger", "微信等即时通讯"),
    /** By letter or e-mail. */
    WRITTEN("Letter or e-mail", "信函或邮件"),
    /** Passed on by the manufacturer, a consumer association or another third party. */
    THIRD_PARTY("Third party", "第三方转交");

    private final LocalizedText label;

    IntakeChannel(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
