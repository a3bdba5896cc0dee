package org.aftersales.complaints;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * What a complaint is about (K2). The first three are quality-related and take the quality
 * path (K4); the others take the non-quality path (K5): damage caused by people or by the
 * customer's own operator, and the service itself (attitude, price, waiting time).
 */
public enum Cause implements Labelled {
    /** A defect of the vehicle or product as delivered. */
    PRODUCT(true, "Product quality", "产品质量"),
    /** A defective part. */
    PART(true, "Part quality", "配件质量"),
    /** Repair work done badly. */
    REPAIR_WORK(true, "Repair workmanship", "维修质量"),
    /** Damage caused by people, not by the product. */
    HUMAN_DAMAGE(false, "Damage caused by people", "人为损坏"),
    /** Damage caused by the customer's operator using the vehicle wrongly. */
    OPERATOR_ERROR(false, "Operator error", "操作不当"),
    /** How staff treated the customer. */
    ATTITUDE(false, "Staff attitude", "服务态度"),
    /** What the customer was charged. */
    PRICE(false, "Price", "价格"),
    /** How long the customer waited. */
    WAITING_TIME(false, "Waiting time", "等待时间");

    private final boolean quality;
    private final LocalizedText label;

    Cause(boolean quality, String en, String zh) {
        this.quality = quality;
        this.label = new LocalizedText(en, zh);
    }

    /** @return true for the quality path (product, part, repair work) */
    public boolean qualityRelated() {
        return quality;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
