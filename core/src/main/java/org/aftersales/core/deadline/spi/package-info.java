/**
 * What plugins implement around deadlines: {@link org.aftersales.core.deadline.spi.DeadlineListener},
 * told of each firing inside its unit of work. Depends on {@code deadline}, {@code plugin} and
 * {@code store} only.
 */
package org.aftersales.core.deadline.spi;
