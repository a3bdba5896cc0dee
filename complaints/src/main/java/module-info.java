/**
 * aftersales complaint handling (K1-K10): intake with first-receiver ownership, the six
 * handling steps, the quality and non-quality paths, remedies, the manager's decision, time
 * limits in business time with pauses and escalation, the tracking log and statistics.
 *
 * <p>Exports the API and the {@code spi} package (complaint routing and SLA policy plugins,
 * looked up when the desk's builder asks for discovery); the defaults are chosen by
 * {@link org.aftersales.complaints.ComplaintDesk}'s builder. Provides a scoring derivation
 * (complaints answered and resolved in time). Opens its API package to Jackson (snapshots and
 * events) and Hibernate Validator (commands).
 */
module org.aftersales.complaints {
    requires transitive org.aftersales.core;

    exports org.aftersales.complaints;
    exports org.aftersales.complaints.spi;

    opens org.aftersales.complaints to tools.jackson.databind, org.hibernate.validator;

    uses org.aftersales.complaints.spi.ComplaintRouting;
    uses org.aftersales.complaints.spi.SlaPolicy;

    provides org.aftersales.core.scoring.spi.ItemDerivation with org.aftersales.complaints.ComplaintsInTime;
}
