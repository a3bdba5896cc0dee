/**
 * Solicitation (F14): what brings a customer back. {@link
 * org.aftersales.serviceflow.solicitation.Solicitation}, the application service, sends
 * next-visit invitations from the next-service date or mileage given at delivery, runs campaigns
 * (service events, recalls, upgrades, loyalty-card promotion) and evaluates each (invited,
 * booked, came, revenue), keeps the reason of every declined invitation and counts them, and
 * queues greetings on the festivals of the business calendar, birthdays and purchase
 * anniversaries through core's notification outbox, each once.
 *
 * <p>Depends on {@code org.aftersales.core} and on the service-flow API package (the repair
 * orders, appointments and delivery events it reads); the service-flow package never depends
 * on this one.
 */
package org.aftersales.serviceflow.solicitation;
