/**
 * JSON for every public value (C10): {@link org.aftersales.core.json.AftersalesModule}, the
 * Jackson 3 module, and {@link org.aftersales.core.json.AftersalesJson}, the hardened mapper
 * and a reader that reports bad documents as validation failures with paths.
 */
package org.aftersales.core.json;
