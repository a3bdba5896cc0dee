/**
 * The parties of a dealership (C3, C4): customers and their archive, vehicles with monotonic
 * mileage readings, staff with roles, departments, and the
 * {@link org.aftersales.core.party.StaffDirectory} that routes work to a backup when someone is
 * absent. All immutable values; a missing required value is refused with its path, never read
 * as empty. Depends on {@code error}, {@code i18n}, {@code id} and {@code value}; no storage
 * here. Its messages are in the bundles {@code org.aftersales.core.party.messages}.
 */
package org.aftersales.core.party;
