/**
 * The repair-order flow (F1-F13, F17-F20): {@link org.aftersales.serviceflow.ServiceDesk}, the
 * entry point; the aggregates {@link org.aftersales.serviceflow.Appointment},
 * {@link org.aftersales.serviceflow.RepairOrder}, {@link org.aftersales.serviceflow.Workload},
 * {@link org.aftersales.serviceflow.TechnicianTime} and
 * {@link org.aftersales.serviceflow.VehicleArchive}; the lifecycle definition
 * {@link org.aftersales.serviceflow.RepairOrderLifecycle}; the
 * {@link org.aftersales.serviceflow.Commands} and the {@link org.aftersales.serviceflow.ServiceEvent}s
 * with their stable {@link org.aftersales.serviceflow.ServiceEvents names}; money as
 * {@link org.aftersales.serviceflow.Revision}s and the
 * {@link org.aftersales.serviceflow.Settlement}; the follow-up calls
 * ({@link org.aftersales.serviceflow.FollowUpRecord}) and their statistics
 * ({@link org.aftersales.serviceflow.FollowUpStatistics}, a
 * {@link org.aftersales.serviceflow.LoggedReadModel}).
 *
 * <p>Depends on {@code org.aftersales.core} and on its own {@code spi} package (one slice with
 * it); never on another domain module, nor on its {@code solicitation} subpackage, which depends
 * on it. Parts come through core's parts-supply port.
 */
package org.aftersales.serviceflow;
