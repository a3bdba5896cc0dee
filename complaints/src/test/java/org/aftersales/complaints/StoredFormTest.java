package org.aftersales.complaints;

import static org.aftersales.complaints.Fixture.WANG;
import static org.aftersales.complaints.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** K10 and the stored form: the overdue index answers what a scan answers; snapshots and events survive JSON. */
class StoredFormTest {

    @Test
    void K10_theOverdueListFromItsIndexIsWhatAScanOfOpenComplaintsFinds() {
        Fixture f = new Fixture("2026-11-23T08:30");
        Random random = new Random(15);
        List<ComplaintNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            f.clock.set(at("2026-11-23T08:30").plusSeconds(60L * i));
            ComplaintNumber n = f.desk.receive(new ComplaintCommand.Receive(WANG, IntakeChannel.PHONE,
                    Links.customer(Fixture.LIU), "Complaint " + i, null, Severity.values()[random.nextInt(4)])).number();
            numbers.add(n);
            switch (random.nextInt(4)) {
                case 0 -> f.desk.answer(new ComplaintCommand.Answer(n, WANG, "On it"));
                case 1 -> f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.WAITING_FOR_PARTS));
                default -> { }
            }
        }
        for (String now : List.of("2026-11-23T09:00", "2026-11-23T12:00", "2026-11-24T10:00", "2026-11-30T10:00")) {
            List<Complaint> scan = f.storage.repository(ComplaintDesk.TYPE).findBy(ComplaintDesk.OPEN, "open").stream()
                    .map(Versioned::value).filter(c -> c.nextDue() != null && !c.nextDue().isAfter(at(now)))
                    .sorted(Comparator.comparing(Complaint::nextDue).thenComparing(Complaint::number)).toList();
            assertThat(f.desk.overdue(at(now))).as(now).isEqualTo(scan);
        }
        assertThat(f.desk.overdue(at("2026-12-31T00:00"))).hasSizeLessThan(numbers.size())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.OPEN));
    }

    @Test
    void complaintSnapshotsAndEventsSurviveJsonUnderTheirStableNames() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = f.receive(WANG, new CustomerContact("13800000001", Fixture.BY_SMS)).number();
        f.toResolving(n, Cause.PART);
        f.desk.recordCosts(new ComplaintCommand.RecordCosts(n, WANG,
                List.of(new Cost(CostType.LODGING, Money.ofYuan("180.00"), "service"))));
        f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.WAITING_FOR_PARTS));
        Complaint c = f.desk.resolve(new ComplaintCommand.Resolve(n, WANG, "Sorry",
                List.of(Remedy.by(RemedyKind.REPLACE, Fixture.RO), Remedy.of(RemedyKind.REFUND, Money.ofYuan("99.50")))));
        JsonMapper mapper = AftersalesJson.mapper();
        assertThat(mapper.readValue(mapper.writeValueAsString(c), Complaint.class)).isEqualTo(c);
        List<DomainEvent> events = f.storage.events().since(0, 1000).stream().map(StoredEvent::event)
                .filter(e -> e instanceof ComplaintEvent).toList();
        assertThat(events).hasSizeGreaterThan(8);
        for (DomainEvent e : events) {
            Class<? extends ComplaintEvent> type = ComplaintEvent.TYPES.get(e.type());
            assertThat(type).as(e.type()).isEqualTo(e.getClass());
            assertThat(mapper.readValue(mapper.writeValueAsString(e), type)).isEqualTo(e);
        }
    }
}
