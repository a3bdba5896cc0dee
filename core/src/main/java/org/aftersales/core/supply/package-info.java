/**
 * The parts-supply port (P12, F2, F5): what the service flow and the counter need from a parts
 * warehouse, without depending on the module that keeps the stock. The parts-inventory module
 * {@code provides} a {@link org.aftersales.core.supply.PartsSupply}; a module that needs parts
 * {@code uses} it, or is given one by its builder; tests use a small fake.
 *
 * <p>Every call takes the caller's {@link org.aftersales.core.store.UnitOfWork}, so that a
 * reservation and the change that needed it (an appointment booked, a repair order approved)
 * are stored together or not at all when both modules share one storage.
 *
 * <p>Depends on {@code id}, {@code value}, {@code store} and {@code plugin}; nothing depends on it
 * in core.
 */
package org.aftersales.core.supply;
