package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.deadline.DeadlineId;
import org.aftersales.core.deadline.SetDeadline;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.event.Actor;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.inventory.Part;

/** The outbound check (P9) inside a unit of work. */
final class Outbound {

    static final AggregateType<DocumentNumber, OutboundCheck> CHECKS =
            AggregateType.of("parts-outbound-check", DocumentNumber.class, OutboundCheck.class);
    static final String SUBJECT = "home-delivery";

    private final PartsWarehouse warehouse;

    Outbound(PartsWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    OutboundCheck check(UnitOfWork work, OutboundCommands.Check c) {
        Map<PartNumber, long[]> byPart = new LinkedHashMap<>();
        Map<PartNumber, List<OutboundCheck.Problem>> problems = new LinkedHashMap<>();
        for (OutboundCommands.NoteLine n : c.note()) {
            byPart.computeIfAbsent(n.part(), p -> new long[2])[0] += n.quantity();
        }
        for (OutboundCommands.Picked p : c.picked()) {
            byPart.computeIfAbsent(p.part(), q -> new long[2])[1] += p.quantity();
            List<OutboundCheck.Problem> found = problems.computeIfAbsent(p.part(), q -> new ArrayList<>());
            if (!p.qualityOk() && !found.contains(OutboundCheck.Problem.QUALITY)) {
                found.add(OutboundCheck.Problem.QUALITY);
            }
            if (!p.packagingIntact() && !found.contains(OutboundCheck.Problem.PACKAGING)) {
                found.add(OutboundCheck.Problem.PACKAGING);
            }
        }
        List<OutboundCheck.LineCheck> lines = new ArrayList<>();
        byPart.forEach((part, q) -> {
            List<OutboundCheck.Problem> found = new ArrayList<>();
            if (q[0] == 0) {
                found.add(OutboundCheck.Problem.NOT_ON_NOTE);
            } else if (q[1] == 0) {
                found.add(OutboundCheck.Problem.MISSING);
            } else if (q[0] != q[1]) {
                found.add(OutboundCheck.Problem.QUANTITY);
            }
            Part master = warehouse.parts().getOrNull(part);
            if (c.vehicleModel() != null && master != null && !master.models().isEmpty()
                    && master.models().stream().noneMatch(m -> m.equalsIgnoreCase(c.vehicleModel().strip()))) {
                found.add(OutboundCheck.Problem.DOES_NOT_FIT);
            }
            found.addAll(problems.getOrDefault(part, List.of()));
            lines.add(new OutboundCheck.LineCheck(part, q[0], q[1], found));
        });
        boolean passed = lines.stream().allMatch(l -> l.problems().isEmpty());
        Instant now = warehouse.clock().instant();
        DocumentNumber id = DocumentNumber.of(c.deliveryNote().strip());
        Instant due = null;
        OutboundCommands.HomeDelivery home = c.homeDelivery();
        if (passed && home != null && home.distanceKm() <= PartsStandards.DELIVERY_RADIUS_KM) {
            due = warehouse.deadlines().set(work, new SetDeadline(SubjectRef.of(SUBJECT, id.value()),
                    PartsWarehouse.HOME_DELIVERY, home.driver(), now)).due();
        }
        var repo = work.repository(CHECKS);
        var before = repo.find(id);
        if (before.isPresent() && before.get().value().passed()) {
            throw OperationsMessages.refusal("outbound.passed", before.get().value(), id);
        }
        OutboundCheck check = new OutboundCheck(id, lines, passed, now, c.checker(), due, null);
        repo.save(check, before.map(Versioned::version).orElse(Versioned.NEW));
        work.publish(new PartsEvent.OutboundChecked(warehouse.meta(Actor.staff(c.checker()), id.value()), id.value(),
                passed, due != null));
        return check;
    }

    OutboundCheck delivered(UnitOfWork work, OutboundCommands.Delivered c) {
        DocumentNumber id = DocumentNumber.of(c.deliveryNote().strip());
        Versioned<OutboundCheck> found = work.repository(CHECKS).get(id);
        OutboundCheck check = found.value();
        if (!check.passed() || check.deliveredAt() != null) {
            throw OperationsMessages.refusal("outbound.notReady", check, id);
        }
        Instant now = warehouse.clock().instant();
        if (check.deliveryDue() != null) {
            warehouse.deadlines().meet(work, DeadlineId.of(SubjectRef.of(SUBJECT, id.value()),
                    PartsWarehouse.HOME_DELIVERY), now);
        }
        OutboundCheck done = new OutboundCheck(id, check.lines(), true, check.checkedAt(), check.checker(),
                check.deliveryDue(), now);
        work.repository(CHECKS).save(done, found.version());
        return done;
    }
}
