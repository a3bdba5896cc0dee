package org.aftersales.core.deadline;

import static org.aftersales.core.deadline.DeadlineFixtures.SERVICE;
import static org.aftersales.core.deadline.DeadlineFixtures.WANG;
import static org.aftersales.core.deadline.DeadlineFixtures.at;
import static org.aftersales.core.deadline.DeadlineFixtures.service;
import static org.aftersales.core.deadline.DeadlineFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C13, F13: targets in working days on the bundled 2026 calendar, and the met event. */
class WorkingDaysTargetTest {

    static final Standard THREE_DAYS = new Standard("follow-up-3-working-days", Target.workingDays(SERVICE, 3),
            List.of());

    final Storage storage = Storage.inMemory();
    final Deadlines deadlines = service(storage).standard(THREE_DAYS).build();

    @ParameterizedTest(name = "{0}: {1} + 3 working days = {2}")
    @CsvSource({
        "an ordinary week, 2026-11-23T16:00, 2026-11-26T16:00",
        "over a Sunday (Saturday is open), 2026-11-27T10:00, 2026-12-01T10:00",
        "across National Day to the make-up Saturday, 2026-09-30T16:00, 2026-10-10T16:00",
        "started on a holiday, 2026-10-03T11:00, 2026-10-11T00:00",
    })
    void C13_F13_workingDaysSkipTheDaysTheDepartmentIsClosed(String what, String start, String due) {
        Deadline d = deadlines.set(set("RO-1", THREE_DAYS, WANG, start));
        assertThat(d.due()).as(what).isEqualTo(at(due));
    }

    @Test
    void C13_aPauseOverAHolidayCostsNoWorkingTime() {
        Deadline d = deadlines.set(set("RO-1", THREE_DAYS, WANG, "2026-09-29T12:00"));
        storage.run(w -> deadlines.pause(w, d.id(), at("2026-09-30T12:00")));
        Deadline resumed = storage.inUnitOfWork(w -> deadlines.resume(w, d.id(), at("2026-10-08T12:00")));
        // paused: 12 hours of 30 September and 12 of 8 October; the holiday between costs nothing
        assertThat(deadlines.pausedTime(resumed, at("2026-10-08T12:00"))).isEqualTo(Duration.ofHours(24));
        assertThat(resumed.due()).isEqualTo(at("2026-10-10T12:00"));
    }

    @Test
    void C13_S3_meetingADeadlinePublishesWhetherItWasKept() {
        Deadline early = deadlines.set(set("RO-1", THREE_DAYS, WANG, "2026-11-23T16:00"));
        Deadline late = deadlines.set(set("RO-2", THREE_DAYS, WANG, "2026-11-23T16:00"));
        storage.run(w -> deadlines.meet(w, early.id(), at("2026-11-25T09:00")));
        assertThat(deadlines.due(at("2026-11-26T16:00"))).singleElement().isInstanceOf(DeadlineMissed.class);
        storage.run(w -> deadlines.meet(w, late.id(), at("2026-11-27T09:00")));
        List<DeadlineMet> met = storage.events().since(0, 100).stream().map(StoredEvent::event)
                .filter(DeadlineMet.class::isInstance).map(DeadlineMet.class::cast).toList();
        assertThat(met).extracting(DeadlineMet::obligation).containsExactly(early.id().value(), late.id().value());
        assertThat(met).extracting(DeadlineMet::kept).containsExactly(true, false);
        assertThat(met.get(0).due()).isEqualTo(at("2026-11-26T16:00"));
        assertThat(met.get(0).owner()).isEqualTo(WANG);
        assertThat(met.get(0).type()).isEqualTo("deadline.met");
        assertThat(storage.events().since(0, 100)).extracting(StoredEvent::event)
                .as("every event the service published is registered by name with its class, for stores that read the log back")
                .allSatisfy(e -> assertThat(Deadlines.EVENT_TYPES.get(e.type())).isEqualTo(e.getClass()));
    }

    @Test
    void C13_workingDaysNeedADepartment() {
        assertThatThrownBy(() -> new Target(Duration.ofDays(3), null, true)).isInstanceOf(ValidationException.class);
        assertThat(Standards.fromJson("""
                {"standards": [{"code": "fup", "department": "service", "duration": "P3D", "workingDays": true}]}
                """).get(0).target()).isEqualTo(Target.workingDays(SERVICE, 3));
    }
}
