package org.aftersales.core.error;

/**
 * The structured explanation a {@link BusinessRuleException} carries beside its text, such as
 * a placement decision's reasons why no bin fits. A module's detail types implement this
 * interface, so callers ask for the type they know with
 * {@link BusinessRuleException#detail(Class)} instead of casting an {@code Object}.
 */
public interface RefusalDetail {
}
