/**
 * The web console: the dealership's screens over the library, rendered on the server by Javalin
 * with no JavaScript build step. {@link org.aftersales.console.WebConsole} starts it;
 * {@link org.aftersales.console.ConsoleApp} is the server. An example app: it may depend on every
 * module, and no library module may depend on it.
 */
package org.aftersales.console;
