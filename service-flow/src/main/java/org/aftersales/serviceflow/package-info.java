/**
 * The API of the repair-order flow from appointment to follow-up module. Depends on {@code org.aftersales.core} only, never on another
 * domain module.
 */
package org.aftersales.serviceflow;
