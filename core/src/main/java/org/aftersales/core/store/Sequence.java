package org.aftersales.core.store;

/**
 * Gap-free document numbers (C7): repair orders, complaints, receipts. Numbers of one
 * sequence and period are 1, 2, 3, ... with no gap and no duplicate, under any number of
 * threads. Taken from {@link Storage#sequence}, each {@link #next()} is committed at once;
 * taken from {@link UnitOfWork#sequence}, the numbers belong to the unit of work: a rollback
 * gives them back (nothing is burned), and until the unit ends other takers of the same
 * sequence wait (at most the storage's lock timeout, then
 * {@link org.aftersales.core.error.ConcurrentUpdateException}).
 */
public interface Sequence {

    /** @return the format of this sequence's numbers */
    SequenceFormat format();

    /**
     * Takes the next number, for the current year of the storage's clock and zone.
     *
     * @return the number
     * @throws org.aftersales.core.error.BusinessRuleException if the counter would exceed the
     *     format's width
     * @throws org.aftersales.core.error.ConcurrentUpdateException if a unit of work holds the
     *     sequence for longer than the lock timeout
     */
    IssuedNumber next();
}
