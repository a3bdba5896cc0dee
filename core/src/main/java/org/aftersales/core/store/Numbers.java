package org.aftersales.core.store;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.ToLongBiFunction;
import org.aftersales.core.error.BusinessRuleException;

/** A {@link Sequence} over a store's counters, either committed at once or inside a transaction. */
final class Numbers implements Sequence {

    private final SequenceFormat format;
    private final Clock clock;
    private final ZoneId zone;
    private final ToLongBiFunction<String, Integer> counters;

    Numbers(SequenceFormat format, Clock clock, ZoneId zone, ToLongBiFunction<String, Integer> counters) {
        this.format = format;
        this.clock = clock;
        this.zone = zone;
        this.counters = counters;
    }

    @Override
    public SequenceFormat format() {
        return format;
    }

    @Override
    public IssuedNumber next() {
        int year = clock.instant().atZone(zone).getYear();
        int period = format.period(year);
        long counter = counters.applyAsLong(format.name(), period);
        if (counter > format.maxCounter()) {
            // Every later call of this period is refused too, so no issued number is followed by a gap.
            throw new BusinessRuleException("sequence.overflow", StoreMessages.MESSAGES.text(
                    "store.sequenceOverflow", format.name(), counter, year, format.maxCounter(), format.digits()), format);
        }
        return new IssuedNumber(format.format(year, counter), format.name(), period, counter);
    }

    @Override
    public String toString() {
        return "sequence " + format.name();
    }
}
