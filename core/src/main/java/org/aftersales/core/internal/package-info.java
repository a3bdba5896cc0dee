/**
 * Implementation detail of the core module: never exported, never used from another module.
 * Holds the core message catalogue and shared checking helpers.
 */
package org.aftersales.core.internal;
