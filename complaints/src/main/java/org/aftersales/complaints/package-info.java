/**
 * The API of the complaint handling from intake to review module. Depends on {@code org.aftersales.core} only, never on another
 * domain module.
 */
package org.aftersales.complaints;
