package org.aftersales.core.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.EventId;
import org.aftersales.core.id.StaffId;

/** Shared test data for scoring. */
final class Fixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2 April 2026, 09:00 in Shanghai: March 2026 is over. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T01:00:00Z"), SHANGHAI);
    static final AssessmentPeriod MARCH = AssessmentPeriod.month(YearMonth.of(2026, 3));
    static final Actor ASSESSOR = Actor.staff(StaffId.of("M-01"));
    static final Subject.Staff CLERK = new Subject.Staff(StaffId.of("S-01"), "parts-clerk", "parts");
    static final Subject.Staff KEEPER = new Subject.Staff(StaffId.of("S-02"), "warehouse-keeper", "parts");
    static final Subject.Department PARTS = new Subject.Department(DepartmentId.of("D-PARTS"), "parts");
    static final Subject.Staff ADVISOR = new Subject.Staff(StaffId.of("SA-01"), "service-advisor", "service");

    private Fixtures() {
    }

    static Scoring scoring() {
        return Scoring.builder(CLOCK)
                .catalogue(Catalogues.partsDepartment())
                .catalogue(Catalogues.serviceFrontDesk())
                .build();
    }

    /**
     * Every observed item that applies to the subject passed, except those the overrides
     * decide.
     */
    static List<ItemResult> passedExcept(Catalogue catalogue, Subject subject, Map<String, Function<String, ItemResult>> overrides) {
        List<ItemResult> out = new ArrayList<>();
        catalogue.applicableTo(subject).values().stream()
                .filter(i -> i.evidence() == EvidenceSource.OBSERVED)
                .forEach(i -> {
                    String code = i.code().value();
                    out.add(overrides.containsKey(code)
                            ? overrides.get(code).apply(code)
                            : ItemResult.passed(code, "seen during the month", ASSESSOR));
                });
        return out;
    }

    static RecordAssessment command(String id, String catalogue, Subject subject, AssessmentPeriod period, List<ItemResult> results) {
        return new RecordAssessment(AssessmentId.of(id), catalogue, subject, period, results);
    }

    /** A recorded event of a given type for tests of derived items. */
    record TestEvent(EventMetadata metadata, String type) implements DomainEvent {

        static TestEvent of(String type, String at, Actor actor, String correlation) {
            return new TestEvent(
                    new EventMetadata(EventId.of(type + "@" + at + "#" + correlation), Instant.parse(at), actor,
                            CorrelationId.of(correlation)),
                    type);
        }
    }
}
