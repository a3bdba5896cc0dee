/**
 * A deliberate package cycle for {@code PackageCycleTest}: this package and its {@code spi}
 * use each other (allowed, they are one slice), and this package and {@code internal} use
 * each other (a cycle the rule must find). Test code only; never imported by the library.
 */
package org.aftersales.inventory.cyclefixture;
