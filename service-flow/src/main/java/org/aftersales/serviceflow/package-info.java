/**
 * The repair-order flow (F1-F12, F17-F20): {@link org.aftersales.serviceflow.ServiceDesk}, the
 * entry point; the aggregates {@link org.aftersales.serviceflow.Appointment},
 * {@link org.aftersales.serviceflow.RepairOrder}, {@link org.aftersales.serviceflow.Workload},
 * {@link org.aftersales.serviceflow.TechnicianTime} and
 * {@link org.aftersales.serviceflow.VehicleArchive}; the lifecycle definition
 * {@link org.aftersales.serviceflow.RepairOrderLifecycle}; the
 * {@link org.aftersales.serviceflow.Commands} and the {@link org.aftersales.serviceflow.ServiceEvent}s
 * with their stable {@link org.aftersales.serviceflow.ServiceEvents names}; money as
 * {@link org.aftersales.serviceflow.Revision}s and the
 * {@link org.aftersales.serviceflow.Settlement}.
 *
 * <p>Depends on {@code org.aftersales.core} and on its own {@code spi} package (one slice with
 * it); never on another domain module. Parts come through core's parts-supply port.
 */
package org.aftersales.serviceflow;
