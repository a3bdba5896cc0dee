package org.aftersales.core.deadline;

import static org.aftersales.core.deadline.DeadlineFixtures.LI;
import static org.aftersales.core.deadline.DeadlineFixtures.ONE_HOUR;
import static org.aftersales.core.deadline.DeadlineFixtures.PLAIN_DAY;
import static org.aftersales.core.deadline.DeadlineFixtures.REPAIR_ESTIMATE;
import static org.aftersales.core.deadline.DeadlineFixtures.SERVICE;
import static org.aftersales.core.deadline.DeadlineFixtures.WANG;
import static org.aftersales.core.deadline.DeadlineFixtures.ZHAO;
import static org.aftersales.core.deadline.DeadlineFixtures.at;
import static org.aftersales.core.deadline.DeadlineFixtures.service;
import static org.aftersales.core.deadline.DeadlineFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.spi.DeadlineListener;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C13: deadlines on the bundled 2026 calendar with a fixed clock. */
class DeadlinesTest {

    final Storage storage = Storage.inMemory();
    final Deadlines deadlines = service(storage).build();

    @ParameterizedTest(name = "{0}: {1} + 1h = {2}")
    @CsvSource({
        "across the Spring Festival holiday, 2026-02-14T17:00, 2026-02-24T09:00",
        "across a make-up working Saturday, 2026-02-27T17:00, 2026-02-28T09:00",
        "across the lunch gap, 2026-11-23T11:30, 2026-11-23T14:00",
    })
    void C13_dueInBusinessTimeOnTheBundled2026Calendar(String what, String start, String due) {
        Deadline d = deadlines.set(set("RO-1", ONE_HOUR, WANG, start));
        assertThat(d.due()).as(what).isEqualTo(at(due));
        assertThat(deadlines.find(d.id())).contains(d);
    }

    @Test
    void C13_plainTargetsCountEveryHour() {
        Deadline d = deadlines.set(set("RO-1", PLAIN_DAY, WANG, "2026-02-14T17:00"));
        assertThat(d.due()).isEqualTo(at("2026-02-15T17:00"));
        assertThat(d.stepsAt()).containsExactly(at("2026-02-15T05:00"));
    }

    @Test
    void C13_pauseAndResumeMoveTheDueInstantByThePausedBusinessTime() {
        Deadline d = deadlines.set(set("RO-1", REPAIR_ESTIMATE, WANG, "2026-11-23T09:00"));
        assertThat(d.due()).isEqualTo(at("2026-11-23T14:30"));
        Deadline paused = storage.inUnitOfWork(w -> deadlines.pause(w, d.id(), at("2026-11-23T10:00")));
        assertThat(paused.status()).isEqualTo(Deadline.Status.PAUSED);
        assertThat(paused.due()).isNull();
        assertThat(deadlines.due(at("2026-11-23T16:00"))).isEmpty();
        Deadline resumed = storage.inUnitOfWork(w -> deadlines.resume(w, d.id(), at("2026-11-23T15:00")));
        // 1 h ran before the pause; 3 h are left from 15:00: 2.5 h on Monday, 0.5 h on Tuesday
        assertThat(resumed.due()).isEqualTo(at("2026-11-24T09:00"));
        assertThat(resumed.pauses()).containsExactly(new PauseInterval(at("2026-11-23T10:00"), at("2026-11-23T15:00")));
        // paused from 10:00 to 15:00 is 3.5 business hours: 10:00-12:00 and 13:30-15:00
        assertThat(deadlines.pausedTime(resumed, at("2026-11-30T00:00"))).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void C13_pausedStraightToDoneKeepsItsPausedTime() {
        Deadline d = deadlines.set(set("RO-1", REPAIR_ESTIMATE, WANG, "2026-11-23T09:00"));
        storage.run(w -> deadlines.pause(w, d.id(), at("2026-11-23T10:00")));
        Deadline met = storage.inUnitOfWork(w -> deadlines.meet(w, d.id(), at("2026-11-23T16:00")));
        assertThat(met.status()).isEqualTo(Deadline.Status.MET);
        assertThat(met.pauses()).containsExactly(new PauseInterval(at("2026-11-23T10:00"), at("2026-11-23T16:00")));
        assertThat(deadlines.pausedTime(met, at("2026-11-30T00:00"))).isEqualTo(Duration.ofMinutes(270));
        assertThat(met.nextFiring()).isNull();
        assertThat(deadlines.due(at("2026-11-30T00:00"))).isEmpty();
        assertThatThrownBy(() -> storage.run(w -> deadlines.resume(w, d.id(), at("2026-11-23T17:00"))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("deadline.state"));
    }

    @Test
    void C13_aClosureAddedAfterTheDeadlineWasSetMovesIt() {
        Deadline d = deadlines.set(set("RO-1", ONE_HOUR, WANG, "2026-11-10T17:00"));
        assertThat(d.due()).isEqualTo(at("2026-11-11T09:00"));
        BusinessCalendar closed = deadlines.calendar().withClosure(LocalDate.of(2026, 11, 11), "Stocktaking");
        assertThat(deadlines.useCalendar(closed)).isEqualTo(1);
        assertThat(deadlines.find(d.id()).orElseThrow().due()).isEqualTo(at("2026-11-12T09:00"));
    }

    @Test
    void C13_aChangedTargetRecomputesFromTheStart() {
        Deadline d = deadlines.set(set("RO-1", ONE_HOUR, WANG, "2026-11-23T11:30"));
        Deadline settled = deadlines.set(set("RO-2", ONE_HOUR, WANG, "2026-11-23T11:30"));
        storage.run(w -> deadlines.cancel(w, settled.id(), at("2026-11-23T12:00")));
        int n = deadlines.useStandard(new Standard(ONE_HOUR.code(), Target.business(SERVICE, Duration.ofHours(2)),
                List.of()));
        assertThat(n).isEqualTo(1);
        assertThat(deadlines.find(d.id()).orElseThrow().due()).isEqualTo(at("2026-11-23T15:00"));
        assertThat(deadlines.find(settled.id()).orElseThrow().status()).isEqualTo(Deadline.Status.CANCELLED);
    }

    @Test
    void C13_escalationStepsFireOnceEachWithLateness() {
        Deadline d = deadlines.set(set("RO-1", REPAIR_ESTIMATE, WANG, "2026-11-23T09:00"));
        // 80% of 4 h = 3 h 12 min: 09:00-12:00, then 13:30-13:42; 100% at 14:30; 150% = 6 h at 16:30
        assertThat(d.stepsAt()).containsExactly(at("2026-11-23T13:42"), at("2026-11-23T14:30"), at("2026-11-23T16:30"));
        assertThat(deadlines.due(at("2026-11-23T13:41"))).isEmpty();
        List<DeadlineEvent> first = deadlines.due(at("2026-11-23T13:50"));
        assertThat(first).singleElement().isInstanceOfSatisfying(DeadlineEscalated.class, e -> {
            assertThat(e.step().percent()).isEqualTo(80);
            assertThat(e.recipient()).isEqualTo(WANG);
            assertThat(e.lateBusiness()).isEqualTo(Duration.ofMinutes(-40));
            assertThat(e.type()).isEqualTo("deadline.escalated");
        });
        assertThat(deadlines.due(at("2026-11-23T13:50"))).isEmpty();
        List<DeadlineEvent> later = deadlines.due(at("2026-11-24T09:00"));
        assertThat(later).extracting(DomainEvent::type, DeadlineEvent::recipient)
                .containsExactly(tuple("deadline.escalated", ZHAO), tuple("deadline.missed", WANG),
                        tuple("deadline.escalated", ZHAO));
        DeadlineMissed missed = (DeadlineMissed) later.get(1);
        assertThat(missed.subject()).isEqualTo(SubjectRef.of("repair-order", "RO-1"));
        assertThat(missed.standard()).isEqualTo(REPAIR_ESTIMATE.code());
        assertThat(missed.owner()).isEqualTo(WANG);
        // 14:30 Monday to 09:00 Tuesday: 3.5 business hours, 18.5 plain hours
        assertThat(missed.lateBusiness()).isEqualTo(Duration.ofMinutes(210));
        assertThat(missed.latePlain()).isEqualTo(Duration.ofMinutes(18 * 60 + 30));
        assertThat(deadlines.due(at("2026-12-31T17:00"))).isEmpty();
        assertThat(storage.events().since(0, 100)).extracting(StoredEvent::event).containsExactlyElementsOf(
                java.util.stream.Stream.concat(first.stream(), later.stream()).toList());
    }

    @Test
    void C13_firingsGoToTheBackupWhenTheOwnerIsAbsent() {
        Deadlines withWangAway = service(storage).absence(WANG::equals).build();
        withWangAway.set(set("RO-1", ONE_HOUR, WANG, "2026-11-23T09:00"));
        assertThat(withWangAway.due(at("2026-11-23T10:00"))).singleElement()
                .satisfies(e -> assertThat(e.recipient()).isEqualTo(LI));
    }

    @Test
    void C13_sameInstantsWhateverTheDefaultTimeZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            List<Object> seen = new java.util.ArrayList<>();
            for (String zone : List.of("UTC", "America/Los_Angeles", "Asia/Kathmandu")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Deadlines fresh = service(Storage.inMemory()).build();
                Deadline d = fresh.set(set("RO-1", REPAIR_ESTIMATE, WANG, "2026-02-13T16:00"));
                seen.add(List.of(d.due(), d.stepsAt()));
            }
            assertThat(seen).containsOnly(List.of(at("2026-02-14T11:00"),
                    List.of(at("2026-02-14T10:12"), at("2026-02-14T11:00"), at("2026-02-14T14:30"))));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void C13_settingTheSameDeadlineAgainReturnsTheRunningOne() {
        Deadline first = deadlines.set(set("RO-1", ONE_HOUR, WANG, "2026-11-23T09:00"));
        Deadline again = deadlines.set(set("RO-1", ONE_HOUR, LI, "2026-11-23T10:00"));
        assertThat(again).isEqualTo(first);
        assertThat(deadlines.forSubject(SubjectRef.of("repair-order", "RO-1"))).containsExactly(first);
    }

    @Test
    void C13_aBadCommandListsEveryProblemAndStoresNothing() {
        assertThatThrownBy(() -> deadlines.set(new SetDeadline(null, "no-such-standard", StaffId.of("ghost"), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                            tuple("subject", "required"), tuple("start", "required"),
                            tuple("standard", "deadline.unknownStandard"), tuple("owner", "deadline.unknownStaff"));
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().zh()).isNotBlank());
                });
        assertThat(storage.repository(Deadlines.TYPE).findRange(Deadlines.BY_NEXT_FIRING, null, null)).isEmpty();
    }

    @Test
    void C13_aThrowingListenerIsNamedAndNothingIsStored() {
        DeadlineListener broken = new DeadlineListener() {
            @Override
            public String id() {
                return "broken-listener";
            }

            @Override
            public void fired(DeadlineEvent event, UnitOfWork work) {
                throw new IllegalStateException("boom");
            }
        };
        Deadlines failing = service(storage).listener(broken).build();
        Deadline d = failing.set(set("RO-1", ONE_HOUR, WANG, "2026-11-23T09:00"));
        assertThatThrownBy(() -> failing.due(at("2026-11-23T11:00")))
                .isInstanceOfSatisfying(PluginFailureException.class,
                        e -> assertThat(e.pluginId()).isEqualTo("broken-listener"));
        assertThat(deadlines.find(d.id()).orElseThrow().missedFired()).isFalse();
        assertThat(storage.events().since(0, 10)).isEmpty();
        assertThat(deadlines.due(at("2026-11-23T11:00"))).hasSize(1);
    }

    @Test
    void C13_aDeadlineIsStoredAsJson() {
        Deadline d = deadlines.set(set("RO-1", REPAIR_ESTIMATE, WANG, "2026-11-23T09:00"));
        storage.run(w -> deadlines.pause(w, d.id(), at("2026-11-23T10:00")));
        Deadline paused = deadlines.find(d.id()).orElseThrow();
        String json = AftersalesJson.mapper().writeValueAsString(paused);
        assertThat(AftersalesJson.read(json, Deadline.class)).isEqualTo(paused);
    }
}
