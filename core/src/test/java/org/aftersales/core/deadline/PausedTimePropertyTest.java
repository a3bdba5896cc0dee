package org.aftersales.core.deadline;

import static org.aftersales.core.deadline.DeadlineFixtures.ONE_HOUR;
import static org.aftersales.core.deadline.DeadlineFixtures.PLAIN_DAY;
import static org.aftersales.core.deadline.DeadlineFixtures.REPAIR_ESTIMATE;
import static org.aftersales.core.deadline.DeadlineFixtures.WANG;
import static org.aftersales.core.deadline.DeadlineFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.aftersales.core.store.Storage;
import org.junit.jupiter.api.Test;

/**
 * C13: on random histories of pauses, the due instant is exactly where the time run, less
 * the time paused (both worked out from the history), reaches the target; and each escalation
 * step is where it reaches the step's share.
 */
class PausedTimePropertyTest {

    @Test
    void C13_dueIsWhereRunTimeLessPausedTimeReachesTheTarget() {
        Random r = new Random(13);
        Storage storage = Storage.inMemory();
        Deadlines deadlines = service(storage).build();
        for (int i = 0; i < 300; i++) {
            Standard standard = List.of(ONE_HOUR, REPAIR_ESTIMATE, PLAIN_DAY).get(r.nextInt(3));
            Instant start = Instant.parse("2026-01-05T00:00:00Z").plusSeconds(r.nextInt(300 * 24 * 3600));
            Deadline d = deadlines.set(new SetDeadline(SubjectRef.of("repair-order", "RO-" + i), standard.code(), WANG,
                    start));
            Instant cursor = start;
            int pauses = r.nextInt(4);
            for (int p = 0; p < pauses && d.due() != null; p++) {
                Instant from = cursor.plusSeconds(r.nextInt(30 * 3600));
                Instant to = from.plusSeconds(r.nextInt(60 * 3600));
                Deadline current = d;
                storage.run(w -> deadlines.pause(w, current.id(), from));
                d = storage.inUnitOfWork(w -> deadlines.resume(w, current.id(), to));
                cursor = to;
            }
            Measure m = Measure.of(deadlines.calendar(), d.target().department());
            Duration ran = m.between(d.start(), d.due()).minus(d.paused(d.due(), m));
            assertThat(ran).as("deadline %s", d).isEqualTo(d.target().duration());
            for (int s = 0; s < d.steps().size(); s++) {
                Instant at = d.stepsAt().get(s);
                assertThat(m.between(d.start(), at).minus(d.paused(at, m)))
                        .as("step %s of %s", s, d).isEqualTo(d.share(d.steps().get(s).percent()));
            }
            assertThat(deadlines.pausedTime(d, d.due())).isEqualTo(d.paused(d.due(), m));
        }
    }
}
