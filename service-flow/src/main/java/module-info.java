/**
 * aftersales service flow: the repair order from the appointment call to the car leaving through
 * the gate and its follow-up (F1-F13, F17-F20), driven command by command through
 * {@link org.aftersales.serviceflow.ServiceDesk}, and solicitation (F14) through
 * {@link org.aftersales.serviceflow.solicitation.Solicitation}.
 *
 * <p>Exports the API, the {@code spi} package, the service {@code blueprint} (F15) and the
 * progress {@code board} (F16). Looks up the labour-time, signature-capture and
 * pricing plugins and the parts-supply port through the core plugin host's discovery when asked
 * to; provides none itself (the parts-inventory module provides the port). Opens the API package
 * to Hibernate Validator, which reads the command records, and to Jackson, which writes and
 * reads the aggregates, commands and events (a store that keeps JSON snapshots).
 */
module org.aftersales.serviceflow {
    requires transitive org.aftersales.core;

    exports org.aftersales.serviceflow;
    exports org.aftersales.serviceflow.spi;
    exports org.aftersales.serviceflow.blueprint;
    exports org.aftersales.serviceflow.board;
    exports org.aftersales.serviceflow.solicitation;

    opens org.aftersales.serviceflow to tools.jackson.databind, org.hibernate.validator;
    opens org.aftersales.serviceflow.blueprint to tools.jackson.databind;
    opens org.aftersales.serviceflow.solicitation to tools.jackson.databind, org.hibernate.validator;

    uses org.aftersales.serviceflow.spi.LabourTimes;
    uses org.aftersales.serviceflow.spi.SignatureCapture;
    uses org.aftersales.serviceflow.spi.Pricing;
}
