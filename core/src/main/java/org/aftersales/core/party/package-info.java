/**
 * The parties of a dealership (C3, C4): customers and their archive, vehicles with monotonic
 * mileage readings, staff with roles, departments, and the
 * {@link org.aftersales.core.party.StaffDirectory} that routes work to a backup when someone is
 * absent. All immutable values; no storage here.
 */
package org.aftersales.core.party;
