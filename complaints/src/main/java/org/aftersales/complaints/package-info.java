/**
 * Complaint handling (K1-K10): the entry point {@link org.aftersales.complaints.ComplaintDesk},
 * the aggregate {@link org.aftersales.complaints.Complaint}, its commands
 * ({@link org.aftersales.complaints.ComplaintCommand}) and events
 * ({@link org.aftersales.complaints.ComplaintEvent}, stable names such as
 * {@code complaint.received}), the six handling steps as a state machine
 * ({@link org.aftersales.complaints.ComplaintFlow}), the escalation listener
 * ({@link org.aftersales.complaints.ComplaintEscalation}), the tracking log and statistics, and
 * the scoring derivation {@link org.aftersales.complaints.ComplaintsInTime}.
 *
 * <p>Depends on {@code org.aftersales.core} (store, deadline, notification, statemachine,
 * calendar, party, plugin, scoring SPI, validation) and on its own {@code spi} package, which
 * counts as one slice with it; never on another domain module. Complaints refer to repair
 * orders, vehicles, customers and parts by id only.
 */
package org.aftersales.complaints;
