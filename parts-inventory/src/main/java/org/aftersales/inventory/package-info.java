/**
 * The API of the parts warehouse: part master, layout, placement, stock module. Depends on {@code org.aftersales.core} only, never on another
 * domain module.
 */
package org.aftersales.inventory;
