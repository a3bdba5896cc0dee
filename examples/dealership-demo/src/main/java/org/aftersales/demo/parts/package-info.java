/**
 * The demo's parts warehouse commands: {@code place} and {@code audit} over JSON files of a
 * layout, a part master and a stock, with the sample warehouse bundled under
 * {@code /sample/}.
 */
package org.aftersales.demo.parts;
