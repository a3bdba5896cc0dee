/**
 * Value objects (C2): {@link org.aftersales.core.value.Money},
 * {@link org.aftersales.core.value.Mileage}, {@link org.aftersales.core.value.Vin},
 * {@link org.aftersales.core.value.LicencePlate}, {@link org.aftersales.core.value.PhoneNumber},
 * {@link org.aftersales.core.value.Dimensions}, {@link org.aftersales.core.value.Weight},
 * {@link org.aftersales.core.value.Quantity} and {@link org.aftersales.core.value.TimeWindow}.
 * Each is an immutable record that checks its input in its constructor and reports every
 * problem with a {@link org.aftersales.core.error.ValidationException}.
 */
package org.aftersales.core.value;
