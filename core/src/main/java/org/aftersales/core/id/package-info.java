/**
 * Typed identifiers for every entity (C1). Each is a record over checked text that implements
 * {@link org.aftersales.core.id.Identifier}; none carries any behaviour of its entity.
 */
package org.aftersales.core.id;
