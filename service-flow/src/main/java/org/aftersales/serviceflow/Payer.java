package org.aftersales.serviceflow;

/** Who pays a line of a repair order (F18). Only customer-paid lines reach the customer's invoice. */
public enum Payer {
    /** The customer; on the invoice, with VAT. */
    CUSTOMER,
    /** The manufacturer's warranty; the lines form a claim to the manufacturer. */
    WARRANTY,
    /** An insurer. */
    INSURANCE,
    /** The dealership itself (goodwill, internal vehicles). */
    INTERNAL
}
