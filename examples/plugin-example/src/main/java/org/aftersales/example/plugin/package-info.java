/**
 * An example vendor plugin for aftersales: {@link org.aftersales.example.plugin.AuditTrail},
 * an event subscriber declared with {@code provides} in module-info and in
 * {@code META-INF/services}, so it is found on the module path and on the class path; and
 * {@link org.aftersales.example.plugin.Greeter}, a plugin type declared outside core.
 */
package org.aftersales.example.plugin;
