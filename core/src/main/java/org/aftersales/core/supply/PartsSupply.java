package org.aftersales.core.supply;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.plugin.Plugin;
import org.aftersales.core.store.UnitOfWork;

/**
 * The parts-supply port: availability, reservation, release, issue and return of parts for a
 * document. A {@link Plugin} like every extension point (found, ordered and reported as the
 * {@link org.aftersales.core.plugin} package says); the parts-inventory module provides one.
 *
 * <p><b>Guarantees an implementation must keep.</b> Every call works inside the caller's unit
 * of work: what it changes is stored with the caller's change, or not at all. A reservation
 * never takes stock another document holds, whatever the concurrency. Stock never goes below
 * zero. A refusal is a {@link org.aftersales.core.error.BusinessRuleException} (for example
 * issuing more than is reserved and available) or a
 * {@link org.aftersales.core.error.ValidationException}; a failure of the implementation itself
 * reaches the caller as a {@link org.aftersales.core.error.PluginFailureException} with its id.
 */
public interface PartsSupply extends Plugin {

    /**
     * How much of each line can be had now and by a date, counting goods due in.
     *
     * @param work the caller's unit of work
     * @param lines the lines asked about
     * @param by the date the parts are needed
     * @return each line's availability, in the order asked
     */
    Availability availability(UnitOfWork work, List<PartLine> lines, LocalDate by);

    /**
     * Reserves what can be reserved of each line for a document, line by line: a line is
     * reserved in full or not at all. Reserving again for the same document adds to what it holds.
     *
     * @param work the caller's unit of work
     * @param document the document
     * @param lines the lines
     * @param needed the date the parts are needed, for the availability of short lines
     * @return what was reserved and what was short
     */
    Reservation reserve(UnitOfWork work, SupplyDocument document, List<PartLine> lines, LocalDate needed);

    /**
     * Releases everything a document holds (a cancelled appointment, a declined estimate).
     *
     * @param work the caller's unit of work
     * @param document the document
     * @return the lines that were released
     */
    List<PartLine> release(UnitOfWork work, SupplyDocument document);

    /**
     * Issues parts to a document: from what it holds first, then from free stock.
     *
     * @param work the caller's unit of work
     * @param document the document
     * @param lines the lines to issue
     * @throws org.aftersales.core.error.BusinessRuleException when a line cannot be issued in
     *     full; nothing is issued then
     */
    void issue(UnitOfWork work, SupplyDocument document, List<PartLine> lines);

    /**
     * Takes back parts issued to a document and not used.
     *
     * @param work the caller's unit of work
     * @param document the document
     * @param lines the lines returned
     * @throws org.aftersales.core.error.BusinessRuleException when more is returned than was
     *     issued to the document
     */
    void giveBack(UnitOfWork work, SupplyDocument document, List<PartLine> lines);
}
