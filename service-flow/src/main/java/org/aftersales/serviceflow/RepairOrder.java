package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.statemachine.Transition;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.Money;

/**
 * A repair order (F1-F12, F17-F20): an immutable snapshot, changed only through its own methods,
 * each of which applies a command's data to a candidate, fires {@link RepairOrderLifecycle} with
 * it (so a refused move or guard changes nothing) and returns the new snapshot with the events it
 * caused. {@link ServiceDesk} calls these methods inside one unit of work per command.
 *
 * @param id the order's id, its document number
 * @param appointment the appointment it came from; null for a walk-in
 * @param status where it stands
 * @param openedAt when the car was received
 * @param customer the customer
 * @param vehicle the car and its mileage
 * @param advisor the advisor who owns the order from reception to delivery
 * @param waiting whether the customer waits in the lounge
 * @param contactMobile the mobile to reach a customer who left; null when waiting
 * @param taxiOffered whether a taxi was offered to a customer who left
 * @param requests the customer's requests, concern to correction
 * @param reception the walk-around record
 * @param inspection the multi-point inspection
 * @param diagnosisBay whether the car moved to the diagnosis bay
 * @param assistedBy the technician who helped diagnose; null when none
 * @param wantedAt when the customer wants the car back
 * @param promisedAt the promised completion time
 * @param overrunWarning the warning given when the work may overrun; null when none
 * @param payment payment method and invoice details
 * @param revisions every revision of the estimate
 * @param declinedLines lines the customer declined, kept for later solicitation
 * @param quoteOutcome why the quote was won or lost
 * @param partsReserved whether the parts of the approved lines are reserved
 * @param team the team the job is given to
 * @param clocks the technicians' clock entries
 * @param checks every quality check, in order
 * @param guaranteeCard the technician's quality guarantee card
 * @param wash the wash
 * @param pickupNoticeAt when the customer was told to pick up
 * @param pickupAgreedAt the agreed pick-up time
 * @param settlement the settlement sheet, made when the finished order arrives
 * @param discount the discount on customer lines
 * @param discountApprover who approved the discount
 * @param settlementExplainedBy the advisor who explained the settlement
 * @param settlementSignature the customer's signature on the settlement
 * @param paid what the cashier took
 * @param invoiceNumber the invoice number
 * @param exitPass the exit pass number
 * @param handover the hand-over record
 * @param presentedPass the pass shown at the gate last
 * @param gateExits how many times the car passed the gate with this order
 * @param followUp the follow-up remarks
 */
public record RepairOrder(
        RepairOrderId id,
        AppointmentId appointment,
        RepairOrderStatus status,
        Instant openedAt,
        CustomerInfo customer,
        VehicleInfo vehicle,
        StaffId advisor,
        boolean waiting,
        String contactMobile,
        boolean taxiOffered,
        List<Request> requests,
        Reception reception,
        List<InspectionItem> inspection,
        boolean diagnosisBay,
        StaffId assistedBy,
        Instant wantedAt,
        Instant promisedAt,
        String overrunWarning,
        PaymentDetails payment,
        List<Revision> revisions,
        List<EstimateLine> declinedLines,
        String quoteOutcome,
        boolean partsReserved,
        String team,
        List<ClockEntry> clocks,
        List<QualityCheck> checks,
        String guaranteeCard,
        Wash wash,
        Instant pickupNoticeAt,
        Instant pickupAgreedAt,
        Settlement settlement,
        Money discount,
        StaffId discountApprover,
        StaffId settlementExplainedBy,
        String settlementSignature,
        Money paid,
        String invoiceNumber,
        String exitPass,
        Handover handover,
        String presentedPass,
        int gateExits,
        String followUp) implements Aggregate<RepairOrderId> {

    /** The wash checklist (F9): paint unharmed, cab, boot, engine bay, ashtray, carpet, dashboard, tyres. */
    public static final Set<String> WASH_CHECKLIST =
            Set.of("paint", "cab", "boot", "engine-bay", "ashtray", "carpet", "dashboard", "tyres");

    /** Copies the lists; absent lists are empty. */
    public RepairOrder {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(status, "status");
        requests = requests == null ? List.of() : List.copyOf(requests);
        inspection = inspection == null ? List.of() : List.copyOf(inspection);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        declinedLines = declinedLines == null ? List.of() : List.copyOf(declinedLines);
        clocks = clocks == null ? List.of() : List.copyOf(clocks);
        checks = checks == null ? List.of() : List.copyOf(checks);
        reception = reception == null ? Reception.NONE : reception;
        wash = wash == null ? Wash.NONE : wash;
        discount = discount == null ? Money.ZERO : discount;
    }

    /**
     * The customer as the order knows them.
     *
     * @param id the customer's id
     * @param name the name
     * @param phone the phone number as given
     * @param group whether the customer is a company (group customer) whose decision-maker signs off
     * @param decisionMaker the group customer's decision-maker; null for an individual
     */
    public record CustomerInfo(CustomerId id, String name, String phone, boolean group, String decisionMaker) {
    }

    /**
     * The car as received.
     *
     * @param id the vehicle's id
     * @param plate its plate
     * @param model its model, which labour times depend on
     * @param mileage the reading at reception
     * @param lastMileage the last reading known before; null for a first visit
     */
    public record VehicleInfo(VehicleId id, LicencePlate plate, String model, Mileage mileage, Mileage lastMileage) {
    }

    /**
     * The walk-around with the customer present (F3).
     *
     * @param findings body and function findings
     * @param valuablesReminded whether the customer was reminded to take valuables
     * @param itemsLeft items left in the car
     * @param signature the reference of the customer's signature; null until signed
     * @param coversFitted whether seat, wheel and floor covers were fitted in front of the customer
     */
    public record Reception(List<String> findings, boolean valuablesReminded, List<String> itemsLeft,
            String signature, boolean coversFitted) {

        static final Reception NONE = new Reception(List.of(), false, List.of(), null, false);

        /** Copies the lists. */
        public Reception {
            findings = List.copyOf(findings);
            itemsLeft = List.copyOf(itemsLeft);
        }
    }

    /**
     * How the customer pays and what the invoice says (F5).
     *
     * @param method cash, card, transfer...
     * @param invoiceTitle the name on the invoice (a company name for a company)
     * @param taxNumber the buyer's tax number; null for an individual
     */
    public record PaymentDetails(String method, String invoiceTitle, String taxNumber) {
    }

    /**
     * One technician's time on one labour line (F17).
     *
     * @param technician who
     * @param line the labour line's key
     * @param on clocked on
     * @param off clocked off; null while open
     */
    public record ClockEntry(StaffId technician, String line, Instant on, Instant off) {
    }

    /**
     * The wash (F9).
     *
     * @param accepted whether the customer accepted a wash
     * @param expectedMinutes the expected wash time told to the customer
     * @param checklist the checklist items done
     * @param parkedFacingExit whether the car was parked in the completed area facing the exit
     * @param startedAt when washing started; null before
     */
    public record Wash(boolean accepted, int expectedMinutes, Set<String> checklist, boolean parkedFacingExit,
            Instant startedAt) {

        static final Wash NONE = new Wash(false, 0, Set.of(), false, null);

        /** Copies the checklist. */
        public Wash {
            checklist = Set.copyOf(checklist);
        }
    }

    /**
     * The hand-over (F12).
     *
     * @param coversRemoved covers removed in front of the customer
     * @param keysReturned keys returned
     * @param licenceReturned driving licence returned
     * @param bookletReturned maintenance booklet returned
     * @param decisionMakerSignature a group customer's decision-maker's sign-off; null otherwise
     * @param nextServiceDate the next service by date
     * @param nextServiceMileage the next service by mileage; whichever comes first
     */
    public record Handover(boolean coversRemoved, boolean keysReturned, boolean licenceReturned,
            boolean bookletReturned, String decisionMakerSignature, LocalDate nextServiceDate,
            Mileage nextServiceMileage) {
    }

    // ------------------------------------------------------------------ questions

    /** @return the latest revision of the estimate, if any */
    public Optional<Revision> latestRevision() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    /**
     * The lines charged: of each approved revision, in order, its accepted lines, a later one
     * replacing an earlier line of the same key (F19). Nothing else is ever charged.
     *
     * @return the approved lines
     */
    public List<EstimateLine> approvedLines() {
        return approvedLines(revisions);
    }

    static List<EstimateLine> approvedLines(List<Revision> revisions) {
        Map<String, EstimateLine> byKey = new LinkedHashMap<>();
        for (Revision r : revisions) {
            for (EstimateLine l : r.approvedLines()) {
                byKey.put(l.key(), l);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** @return the flat-rate hours of the approved labour lines (F17 flag hours) */
    public BigDecimal flagHours() {
        return approvedLines().stream().filter(l -> l.kind() == EstimateLine.Kind.LABOUR)
                .map(EstimateLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return true when no reading is known before, or the reading is not below it */
    public boolean mileageNotBelowLast() {
        return vehicle == null || vehicle.lastMileage() == null || vehicle.mileage() == null
                || vehicle.mileage().compareTo(vehicle.lastMileage()) >= 0;
    }

    /** @return true when nothing waits for approval and the sheet holds exactly the approved lines */
    public boolean chargesOnlyApproved() {
        boolean pending = revisions.stream().anyMatch(r -> r.status() == Revision.Status.PROPOSED);
        return !pending && (settlement == null || settlement.lines().equals(approvedLines()));
    }

    /**
     * Whether a check of a level passed after the last failed check (a failure sends the order
     * back, and every check is due again).
     *
     * @param level the level
     * @return true when it passed since
     */
    public boolean passedSinceRepair(QualityCheck.Level level) {
        int lastFail = -1;
        for (int i = 0; i < checks.size(); i++) {
            if (!checks.get(i).passed() && checks.get(i).level() != QualityCheck.Level.SELF) {
                lastFail = i;
            }
        }
        for (int i = lastFail + 1; i < checks.size(); i++) {
            if (checks.get(i).level() == level && checks.get(i).passed()) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the hand-over is complete, with a group customer's sign-off */
    public boolean handedOver() {
        return handover != null && handover.coversRemoved() && handover.keysReturned()
                && handover.licenceReturned() && handover.bookletReturned()
                && (customer == null || !customer.group() || handover.decisionMakerSignature() != null);
    }

    /** @return the open clock entries */
    public List<ClockEntry> openClocks() {
        return clocks.stream().filter(c -> c.off() == null).toList();
    }

    // ------------------------------------------------------------------ changes

    Copy copy() {
        return new Copy(this);
    }

    static Changed<RepairOrder> open(Copy c, Stamp s, List<String> archiveGaps) {
        c.status = RepairOrderStatus.CHECKED_IN;
        RepairOrder order = c.build();
        RepairOrderLifecycle.DEFINITION.fireOrThrow(RepairOrderStatus.CHECKED_IN, RepairOrderTrigger.RECORD, order);
        List<ServiceEvent> events = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("plate", order.vehicle().plate().value());
        details.put("advisor", order.advisor().value());
        details.put("mileage", String.valueOf(order.vehicle().mileage().km()));
        details.put("walk-in", String.valueOf(order.appointment() == null));
        events.add(s.event(ServiceEvents.CHECKED_IN, order.id().value(), order.status(), details));
        if (!archiveGaps.isEmpty()) {
            events.add(s.event(ServiceEvents.ARCHIVE_GAPS, order.id().value(), order.status(),
                    Map.of("gaps", String.join(",", archiveGaps))));
        }
        return new Changed<>(order, events);
    }

    private Changed<RepairOrder> move(RepairOrderTrigger trigger, Copy c, Stamp s, String type,
            Map<String, String> details) {
        RepairOrder candidate = c.build();
        Transition<RepairOrderStatus, RepairOrderTrigger> t =
                RepairOrderLifecycle.DEFINITION.fireOrThrow(status, trigger, candidate);
        c.status = t.to();
        RepairOrder next = c.build();
        return new Changed<>(next, List.of(s.event(type, id.value(), next.status(), details)));
    }

    private static Changed<RepairOrder> plus(Changed<RepairOrder> first, ServiceEvent more) {
        List<ServiceEvent> all = new ArrayList<>(first.events());
        all.add(more);
        return new Changed<>(first.value(), all);
    }

    Changed<RepairOrder> recordReception(Reception r, boolean waits, String mobile, boolean taxi, Stamp s) {
        Copy c = copy();
        c.reception = r;
        c.waiting = waits;
        c.contactMobile = mobile;
        c.taxiOffered = taxi;
        return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.RECORDED, Map.of("what", "reception"));
    }

    Changed<RepairOrder> recordInspection(List<InspectionItem> items, Stamp s) {
        Map<String, InspectionItem> byCode = new LinkedHashMap<>();
        inspection.forEach(i -> byCode.put(i.code(), i));
        items.forEach(i -> byCode.put(i.code(), i));
        Copy c = copy();
        c.inspection = List.copyOf(byCode.values());
        return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.RECORDED, Map.of("what", "inspection"));
    }

    Changed<RepairOrder> confirmRequests(Stamp s) {
        Copy c = copy();
        c.requests = requests.stream()
                .map(r -> new Request(r.concern(), true, r.cause(), r.correction(), r.result())).toList();
        return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.RECORDED, Map.of("what", "requests-confirmed"));
    }

    Changed<RepairOrder> diagnose(Map<Integer, String> causes, boolean toDiagnosisBay, StaffId assisted, Stamp s) {
        Copy c = copy();
        c.requests = withCauses(causes);
        c.diagnosisBay = toDiagnosisBay;
        c.assistedBy = assisted;
        return move(RepairOrderTrigger.DIAGNOSE, c, s, ServiceEvents.DIAGNOSED,
                Map.of("diagnosis-bay", String.valueOf(toDiagnosisBay)));
    }

    private List<Request> withCauses(Map<Integer, String> causes) {
        List<Request> out = new ArrayList<>(requests);
        causes.forEach((i, cause) -> {
            checkRequest(i);
            Request r = out.get(i);
            out.set(i, new Request(r.concern(), r.confirmed(), cause, r.correction(), r.result()));
        });
        return out;
    }

    private void checkRequest(int index) {
        if (index < 0 || index >= requests.size()) {
            throw new BusinessRuleException("repair-order.unknown-request",
                    FlowMessages.text("refusal.unknownRequest", index, requests.size()), null);
        }
    }

    Changed<RepairOrder> estimate(List<EstimateLine> lines, Instant wanted, Instant promised, String warning,
            PaymentDetails details, Stamp s) {
        Copy c = copy();
        c.revisions = proposing(lines, "estimate");
        c.wantedAt = wanted;
        c.promisedAt = promised;
        c.overrunWarning = warning;
        c.payment = details;
        Map<String, String> d = new LinkedHashMap<>();
        d.put("revision", String.valueOf(c.revisions.size()));
        d.put("promised", String.valueOf(promised));
        if (warning != null) {
            d.put("overrun-warning", warning);
        }
        return move(RepairOrderTrigger.ESTIMATE, c, s, ServiceEvents.ESTIMATED, d);
    }

    private List<Revision> proposing(List<EstimateLine> lines, String reason) {
        List<Revision> out = new ArrayList<>();
        for (Revision r : revisions) {
            out.add(r.status() == Revision.Status.PROPOSED
                    ? r.decided(Revision.Status.SUPERSEDED, Set.of(), null, null) : r);
        }
        out.add(new Revision(revisions.size() + 1, lines, reason, Revision.Status.PROPOSED, Set.of(), null, null));
        return out;
    }

    Changed<RepairOrder> revise(List<EstimateLine> lines, String reason, Stamp s) {
        Copy c = copy();
        c.revisions = proposing(lines, reason);
        return move(RepairOrderTrigger.REVISE_ESTIMATE, c, s, ServiceEvents.ESTIMATED,
                Map.of("revision", String.valueOf(c.revisions.size()), "reason", reason));
    }

    Changed<RepairOrder> findAdditionalWork(List<EstimateLine> lines, String reason, Stamp s) {
        Copy c = copy();
        c.revisions = proposing(lines, reason);
        return move(RepairOrderTrigger.FIND_ADDITIONAL_WORK, c, s, ServiceEvents.ADDITIONAL_WORK_FOUND,
                Map.of("revision", String.valueOf(c.revisions.size()), "reason", reason));
    }

    private Revision pending(int number) {
        Revision latest = latestRevision().orElse(null);
        if (latest == null || latest.number() != number || latest.status() != Revision.Status.PROPOSED) {
            throw new BusinessRuleException("repair-order.revision-not-pending",
                    FlowMessages.text("refusal.revisionNotPending", number,
                            latest == null ? "-" : latest.number() + " " + latest.status()), null);
        }
        return latest;
    }

    Changed<RepairOrder> approve(int number, Set<String> declined, String signature, String reason,
            BigDecimal vatRate, Stamp s) {
        Revision r = pending(number);
        Copy c = copy();
        List<Revision> revs = new ArrayList<>(revisions);
        revs.set(revs.size() - 1, r.decided(Revision.Status.APPROVED, declined, signature, s.now()));
        c.revisions = revs;
        List<EstimateLine> kept = new ArrayList<>(declinedLines);
        r.lines().stream().filter(l -> declined.contains(l.key())).forEach(kept::add);
        c.declinedLines = kept;
        if (status == RepairOrderStatus.ESTIMATED) {
            c.quoteOutcome = "won: " + reason;
        }
        if (settlement != null) {
            c.settlement = Settlement.of(approvedLines(revs), discount, discountApprover, vatRate);
        }
        RepairOrderTrigger t = status == RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL
                ? RepairOrderTrigger.APPROVE_ADDITIONAL_WORK : RepairOrderTrigger.APPROVE;
        return move(t, c, s, ServiceEvents.APPROVED, Map.of("revision", String.valueOf(number),
                "declined", String.join(",", new java.util.TreeSet<>(declined)), "signature", signature));
    }

    Changed<RepairOrder> decline(int number, String reason, Stamp s) {
        Revision r = pending(number);
        Copy c = copy();
        List<Revision> revs = new ArrayList<>(revisions);
        revs.set(revs.size() - 1, r.decided(Revision.Status.DECLINED, Set.of(), null, s.now()));
        c.revisions = revs;
        List<EstimateLine> kept = new ArrayList<>(declinedLines);
        kept.addAll(r.lines());
        c.declinedLines = kept;
        RepairOrderTrigger t;
        if (status == RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL) {
            t = RepairOrderTrigger.DECLINE_ADDITIONAL_WORK;
        } else {
            t = RepairOrderTrigger.DECLINE;
            if (status == RepairOrderStatus.ESTIMATED) {
                c.quoteOutcome = "lost: " + reason;
            }
        }
        return move(t, c, s, ServiceEvents.DECLINED, Map.of("revision", String.valueOf(number), "reason", reason));
    }

    Changed<RepairOrder> dispatch(String toTeam, boolean reserved, Stamp s) {
        Copy c = copy();
        c.team = toTeam;
        c.partsReserved = reserved;
        return move(RepairOrderTrigger.DISPATCH, c, s, ServiceEvents.DISPATCHED,
                Map.of("team", toTeam, "flag-hours", flagHours().toPlainString()));
    }

    Changed<RepairOrder> clockOn(StaffId technician, String line, Stamp s) {
        boolean labour = approvedLines().stream()
                .anyMatch(l -> l.key().equals(line) && l.kind() == EstimateLine.Kind.LABOUR);
        if (!labour) {
            throw new BusinessRuleException("repair-order.unknown-job",
                    FlowMessages.text("refusal.unknownJob", line, id.value()), null);
        }
        Copy c = copy();
        List<ClockEntry> all = new ArrayList<>(clocks);
        all.add(new ClockEntry(technician, line, s.now(), null));
        c.clocks = all;
        RepairOrderTrigger t = status == RepairOrderStatus.DISPATCHED
                ? RepairOrderTrigger.START_REPAIR : RepairOrderTrigger.CLOCK;
        return move(t, c, s, ServiceEvents.CLOCKED_ON, Map.of("technician", technician.value(), "line", line));
    }

    Changed<RepairOrder> clockOff(StaffId technician, Stamp s) {
        List<ClockEntry> all = new ArrayList<>(clocks);
        int open = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).technician().equals(technician) && all.get(i).off() == null) {
                open = i;
            }
        }
        if (open < 0) {
            throw new BusinessRuleException("repair-order.no-open-clock",
                    FlowMessages.text("refusal.noOpenClock", technician.value(), id.value()), null);
        }
        ClockEntry e = all.get(open);
        all.set(open, new ClockEntry(technician, e.line(), e.on(), s.now()));
        Copy c = copy();
        c.clocks = all;
        return move(RepairOrderTrigger.CLOCK, c, s, ServiceEvents.CLOCKED_OFF,
                Map.of("technician", technician.value(), "line", e.line(),
                        "minutes", String.valueOf(java.time.Duration.between(e.on(), s.now()).toMinutes())));
    }

    Changed<RepairOrder> reportDelay(Instant newPromise, String reason, Stamp s) {
        Copy c = copy();
        c.promisedAt = newPromise;
        return move(RepairOrderTrigger.REPORT_DELAY, c, s, ServiceEvents.DELAYED,
                Map.of("promised", newPromise.toString(), "reason", reason));
    }

    Changed<RepairOrder> waitForParts(String reason, Stamp s) {
        return move(RepairOrderTrigger.WAIT_FOR_PARTS, copy(), s, ServiceEvents.WAITING_FOR_PARTS,
                Map.of("reason", reason));
    }

    Changed<RepairOrder> partsArrived(Stamp s) {
        return move(RepairOrderTrigger.PARTS_ARRIVED, copy(), s, ServiceEvents.PARTS_ARRIVED, Map.of());
    }

    Changed<RepairOrder> recordResult(int request, String cause, String correction, Request.Result result, Stamp s) {
        checkRequest(request);
        List<Request> all = new ArrayList<>(requests);
        Request r = all.get(request);
        all.set(request, new Request(r.concern(), r.confirmed(), cause == null ? r.cause() : cause,
                correction == null ? r.correction() : correction, result));
        Copy c = copy();
        c.requests = all;
        return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.RECORDED,
                Map.of("what", "result", "request", String.valueOf(request), "result", result.name()));
    }

    Changed<RepairOrder> fillGuaranteeCard(String card, Stamp s) {
        Copy c = copy();
        c.guaranteeCard = card;
        return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.RECORDED, Map.of("what", "guarantee-card"));
    }

    Changed<RepairOrder> finishRepair(Stamp s) {
        return move(RepairOrderTrigger.FINISH_REPAIR, copy(), s, ServiceEvents.REPAIR_FINISHED, Map.of());
    }

    Changed<RepairOrder> check(QualityCheck q, BigDecimal vatRate, Stamp s) {
        Copy c = copy();
        List<QualityCheck> all = new ArrayList<>(checks);
        all.add(q);
        c.checks = all;
        Map<String, String> d = new LinkedHashMap<>();
        d.put("level", q.level().name());
        d.put("inspector", q.inspector().value());
        if (!q.passed()) {
            d.put("reason", String.valueOf(q.reasonCode()));
            d.put("report", String.valueOf(q.report()));
            if (q.level() == QualityCheck.Level.SELF) {
                return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.CHECK_FAILED, d);
            }
            c.settlement = null;
            c.settlementExplainedBy = null;
            c.settlementSignature = null;
            return move(RepairOrderTrigger.FAIL_QUALITY_CHECK, c, s, ServiceEvents.CHECK_FAILED, d);
        }
        if (q.level() != QualityCheck.Level.FINAL) {
            return move(RepairOrderTrigger.PASS_CHECK, c, s, ServiceEvents.CHECK_PASSED, d);
        }
        if (!wash.accepted()) {
            c.settlement = Settlement.of(approvedLines(), discount, discountApprover, vatRate);
            Changed<RepairOrder> done = move(RepairOrderTrigger.PASS_FINAL_INSPECTION, c, s, ServiceEvents.CHECK_PASSED, d);
            return plus(done, s.event(ServiceEvents.READY, id.value(), done.value().status(),
                    Map.of("total", done.value().settlement().total().toString())));
        }
        c.wash = new Wash(true, wash.expectedMinutes(), Set.of(), false, s.now());
        Changed<RepairOrder> done = move(RepairOrderTrigger.PASS_FINAL_INSPECTION, c, s, ServiceEvents.CHECK_PASSED, d);
        return plus(done, s.event(ServiceEvents.WASH_STARTED, id.value(), done.value().status(),
                Map.of("expected-minutes", String.valueOf(wash.expectedMinutes()))));
    }

    Changed<RepairOrder> agreeWash(boolean accepted, int expectedMinutes, Stamp s) {
        Copy c = copy();
        c.wash = new Wash(accepted, expectedMinutes, Set.of(), false, null);
        return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.RECORDED,
                Map.of("what", "wash", "accepted", String.valueOf(accepted)));
    }

    Changed<RepairOrder> finishWashing(Set<String> done, boolean parked, BigDecimal vatRate, Stamp s) {
        Copy c = copy();
        c.wash = new Wash(true, wash.expectedMinutes(), done, parked, wash.startedAt());
        c.settlement = Settlement.of(approvedLines(), discount, discountApprover, vatRate);
        Changed<RepairOrder> moved = move(RepairOrderTrigger.FINISH_WASHING, c, s, ServiceEvents.READY,
                Map.of("total", c.settlement.total().toString()));
        return moved;
    }

    Changed<RepairOrder> sendPickupNotice(Instant agreed, Stamp s) {
        Copy c = copy();
        c.pickupNoticeAt = s.now();
        c.pickupAgreedAt = agreed;
        return move(RepairOrderTrigger.SEND_PICKUP_NOTICE, c, s, ServiceEvents.PICKUP_NOTICE,
                Map.of("pickup", String.valueOf(agreed)));
    }

    Changed<RepairOrder> applyDiscount(Money amount, StaffId approver, BigDecimal vatRate, Stamp s) {
        Copy c = copy();
        c.discount = amount;
        c.discountApprover = approver;
        if (settlement != null) {
            c.settlement = Settlement.of(approvedLines(), amount, approver, vatRate);
        }
        return move(RepairOrderTrigger.RECORD, c, s, ServiceEvents.RECORDED,
                Map.of("what", "discount", "amount", amount.toString(), "approver", approver.value()));
    }

    Changed<RepairOrder> explainSettlement(StaffId by, Stamp s) {
        Copy c = copy();
        c.settlementExplainedBy = by;
        return move(RepairOrderTrigger.EXPLAIN_SETTLEMENT, c, s, ServiceEvents.SETTLEMENT_EXPLAINED,
                Map.of("advisor", by.value()));
    }

    Changed<RepairOrder> signSettlement(String signature, Stamp s) {
        Copy c = copy();
        c.settlementSignature = signature;
        return move(RepairOrderTrigger.EXPLAIN_SETTLEMENT, c, s, ServiceEvents.SETTLEMENT_EXPLAINED,
                Map.of("signature", signature));
    }

    Changed<RepairOrder> takePayment(Money amount, String invoice, String pass, Stamp s) {
        Copy c = copy();
        c.paid = amount;
        c.invoiceNumber = invoice;
        c.exitPass = pass;
        Map<String, String> d = new LinkedHashMap<>();
        d.put("paid", amount.toString());
        d.put("invoice", invoice);
        d.put("exit-pass", pass);
        if (settlement != null) {
            d.put("warranty-claim", settlement.warrantyClaim().toString());
            d.put("vat", settlement.vat().toString());
        }
        return move(RepairOrderTrigger.SETTLE, c, s, ServiceEvents.SETTLED, d);
    }

    Changed<RepairOrder> deliver(Handover h, Stamp s) {
        Copy c = copy();
        c.handover = h;
        Map<String, String> d = new LinkedHashMap<>();
        d.put("next-service-date", String.valueOf(h.nextServiceDate()));
        d.put("next-service-km", h.nextServiceMileage() == null ? "-" : String.valueOf(h.nextServiceMileage().km()));
        if (vehicle != null && customer != null) {
            d.put("vehicle", vehicle.id().value());
            d.put("customer", customer.id().value());
            d.put("plate", vehicle.plate().value());
            d.put("mileage-km", vehicle.mileage() == null ? "-" : String.valueOf(vehicle.mileage().km()));
        }
        return move(RepairOrderTrigger.DELIVER, c, s, ServiceEvents.DELIVERED, d);
    }

    Changed<RepairOrder> passGate(String pass, Stamp s) {
        Copy c = copy();
        c.presentedPass = pass;
        c.gateExits = gateExits + 1;
        return move(RepairOrderTrigger.PASS_GATE, c, s, ServiceEvents.LEFT_GATE, Map.of("exit-pass", pass));
    }

    Changed<RepairOrder> followUp(String remarks, Map<String, String> details, Stamp s) {
        Copy c = copy();
        c.followUp = remarks;
        return move(RepairOrderTrigger.FOLLOW_UP, c, s, ServiceEvents.FOLLOWED_UP, details);
    }

    /**
     * The rework loop (F1): the car is back after the follow-up, so the order returns to
     * checked-in with the customer's words as a new request, the new reading, and the checks,
     * settlement and hand-over of the last round cleared.
     */
    Changed<RepairOrder> rework(String remarks, Mileage reading, Map<String, String> details, Stamp s) {
        Copy again = copy();
        List<Request> more = new ArrayList<>(requests);
        more.add(new Request(remarks, false, null, null, Request.Result.OPEN));
        again.requests = more;
        again.vehicle = new VehicleInfo(vehicle.id(), vehicle.plate(), vehicle.model(), reading, vehicle.mileage());
        again.checks = List.of();
        again.settlement = null;
        again.handover = null;
        again.gateExits = 0;
        again.presentedPass = null;
        again.settlementExplainedBy = null;
        again.settlementSignature = null;
        Map<String, String> d = new LinkedHashMap<>(details);
        d.put("remarks", remarks);
        return move(RepairOrderTrigger.REQUEST_REWORK, again, s, ServiceEvents.REWORK, d);
    }

    Changed<RepairOrder> close(Stamp s) {
        return move(RepairOrderTrigger.CLOSE, copy(), s, ServiceEvents.CLOSED, Map.of());
    }

    Changed<RepairOrder> cancel(String reason, Stamp s) {
        return move(RepairOrderTrigger.CANCEL, copy(), s, ServiceEvents.CANCELLED, Map.of("reason", reason));
    }

    /** A mutable copy, changed by the methods above and turned back into a snapshot. */
    static final class Copy {
        RepairOrderId id;
        AppointmentId appointment;
        RepairOrderStatus status;
        Instant openedAt;
        CustomerInfo customer;
        VehicleInfo vehicle;
        StaffId advisor;
        boolean waiting;
        String contactMobile;
        boolean taxiOffered;
        List<Request> requests;
        Reception reception;
        List<InspectionItem> inspection;
        boolean diagnosisBay;
        StaffId assistedBy;
        Instant wantedAt;
        Instant promisedAt;
        String overrunWarning;
        PaymentDetails payment;
        List<Revision> revisions;
        List<EstimateLine> declinedLines;
        String quoteOutcome;
        boolean partsReserved;
        String team;
        List<ClockEntry> clocks;
        List<QualityCheck> checks;
        String guaranteeCard;
        Wash wash;
        Instant pickupNoticeAt;
        Instant pickupAgreedAt;
        Settlement settlement;
        Money discount;
        StaffId discountApprover;
        StaffId settlementExplainedBy;
        String settlementSignature;
        Money paid;
        String invoiceNumber;
        String exitPass;
        Handover handover;
        String presentedPass;
        int gateExits;
        String followUp;

        Copy(RepairOrder o) {
            id = o.id;
            appointment = o.appointment;
            status = o.status;
            openedAt = o.openedAt;
            customer = o.customer;
            vehicle = o.vehicle;
            advisor = o.advisor;
            waiting = o.waiting;
            contactMobile = o.contactMobile;
            taxiOffered = o.taxiOffered;
            requests = o.requests;
            reception = o.reception;
            inspection = o.inspection;
            diagnosisBay = o.diagnosisBay;
            assistedBy = o.assistedBy;
            wantedAt = o.wantedAt;
            promisedAt = o.promisedAt;
            overrunWarning = o.overrunWarning;
            payment = o.payment;
            revisions = o.revisions;
            declinedLines = o.declinedLines;
            quoteOutcome = o.quoteOutcome;
            partsReserved = o.partsReserved;
            team = o.team;
            clocks = o.clocks;
            checks = o.checks;
            guaranteeCard = o.guaranteeCard;
            wash = o.wash;
            pickupNoticeAt = o.pickupNoticeAt;
            pickupAgreedAt = o.pickupAgreedAt;
            settlement = o.settlement;
            discount = o.discount;
            discountApprover = o.discountApprover;
            settlementExplainedBy = o.settlementExplainedBy;
            settlementSignature = o.settlementSignature;
            paid = o.paid;
            invoiceNumber = o.invoiceNumber;
            exitPass = o.exitPass;
            handover = o.handover;
            presentedPass = o.presentedPass;
            gateExits = o.gateExits;
            followUp = o.followUp;
        }

        Copy() {
        }

        RepairOrder build() {
            return new RepairOrder(id, appointment, status, openedAt, customer, vehicle, advisor, waiting, contactMobile, taxiOffered, requests, reception, inspection, diagnosisBay, assistedBy, wantedAt, promisedAt, overrunWarning, payment, revisions, declinedLines, quoteOutcome, partsReserved, team, clocks, checks, guaranteeCard, wash, pickupNoticeAt, pickupAgreedAt, settlement, discount, discountApprover, settlementExplainedBy, settlementSignature, paid, invoiceNumber, exitPass, handover, presentedPass, gateExits, followUp);
        }
    }
}
