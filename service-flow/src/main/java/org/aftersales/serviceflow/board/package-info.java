/**
 * The progress board (F16): {@link org.aftersales.serviceflow.board.ProgressBoard}, a read
 * model of every open repair order kept from the service events (an
 * {@link org.aftersales.core.store.EventSubscriber}), rebuildable from the event log, with a
 * {@link org.aftersales.serviceflow.board.BoardLight light} by stage, the promised time and a
 * late flag; {@link org.aftersales.serviceflow.board.PublicRow} is what a lounge screen may
 * show (a masked plate, no names, no phones).
 *
 * <p>Depends on core ({@code store}, {@code event}) and on the service-flow API package's
 * events and statuses; nothing in the API package depends on it.
 */
package org.aftersales.serviceflow.board;
