/**
 * Implementation detail of the state machine engine: its message catalogue and the Mermaid and
 * Graphviz DOT writers. Never exported. Depends only on {@code i18n} and the public
 * transition record of {@code statemachine}.
 */
package org.aftersales.core.internal.statemachine;
