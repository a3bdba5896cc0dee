/**
 * The service blueprint (F15): the dealership's service process as data it can edit
 * ({@link org.aftersales.serviceflow.blueprint.ServiceBlueprint}), each
 * {@link org.aftersales.serviceflow.blueprint.BlueprintStep step} in its
 * {@link org.aftersales.serviceflow.blueprint.Lane lane} with the responsible role, its
 * measurable standard, its moments of truth and their countermeasures, and the
 * {@link org.aftersales.serviceflow.blueprint.TimedStandard timed standards} that the service
 * desk turns into deadlines. Exported as a Mermaid diagram with its lanes.
 *
 * <p>Depends on core only ({@code deadline}, {@code party}, {@code i18n}, {@code json},
 * {@code error}); never on the service-flow API package, which depends on it.
 */
package org.aftersales.serviceflow.blueprint;
