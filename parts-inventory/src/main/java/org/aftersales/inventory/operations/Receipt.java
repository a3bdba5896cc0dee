package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.SupplierId;
import org.aftersales.core.store.Aggregate;

/**
 * A received delivery (P5): each packing-list line judged, and the putaway tasks of the
 * accepted goods.
 *
 * @param id the receipt number, such as {@code RCV-2026-000001}
 * @param supplier the supplier
 * @param packingList the supplier's packing list
 * @param clerk who received it
 * @param receivedAt when
 * @param lines the judged lines
 * @param tasks the putaway tasks
 */
public record Receipt(DocumentNumber id, SupplierId supplier, String packingList, StaffId clerk, Instant receivedAt,
        List<ReceiptLine> lines, List<PutawayTask> tasks) implements Aggregate<DocumentNumber> {

    /** Copies the lists. */
    public Receipt {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
        tasks = List.copyOf(tasks);
    }

    /** @return the tasks still on the dock */
    public List<PutawayTask> openTasks() {
        return tasks.stream().filter(PutawayTask::open).toList();
    }

    /**
     * The report to the supplier: every line not accepted as listed, and why (P5).
     *
     * @return the report
     */
    public DiscrepancyReport discrepancyReport() {
        List<DiscrepancyReport.Discrepancy> out = new ArrayList<>();
        for (ReceiptLine l : lines) {
            if (l.outcome() != LineOutcome.ACCEPTED) {
                out.add(DiscrepancyReport.Discrepancy.of(l));
            }
        }
        return new DiscrepancyReport(id, supplier, packingList, receivedAt, out);
    }

    PutawayTask task(int number) {
        return tasks.stream().filter(t -> t.task() == number).findFirst().orElse(null);
    }

    Receipt with(PutawayTask changed) {
        List<PutawayTask> next = new ArrayList<>(tasks);
        next.replaceAll(t -> t.task() == changed.task() ? changed : t);
        return new Receipt(id, supplier, packingList, clerk, receivedAt, lines, next);
    }
}
