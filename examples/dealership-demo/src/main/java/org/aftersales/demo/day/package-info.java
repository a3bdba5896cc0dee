/**
 * A day at a dealership (E1): the wiring of the library's services on one store
 * ({@link org.aftersales.demo.day.Dealership}), the day's script
 * ({@link org.aftersales.demo.day.DayAtTheDealership}) with its figures, the lounge board, the
 * flow diagrams and the simulated month. Depends on the library and the JDBC store; never on
 * the command-line package.
 */
package org.aftersales.demo.day;
