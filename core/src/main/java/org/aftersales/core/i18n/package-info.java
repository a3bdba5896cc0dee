/**
 * Bilingual texts: {@link org.aftersales.core.i18n.LocalizedText} (English and Simplified
 * Chinese) and {@link org.aftersales.core.i18n.Messages}, the resource-bundle catalogue each
 * module uses for its messages. Depends on nothing but the JDK.
 */
package org.aftersales.core.i18n;
