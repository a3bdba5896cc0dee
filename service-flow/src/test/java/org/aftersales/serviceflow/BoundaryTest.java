package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;
import org.aftersales.serviceflow.spi.LabourTime;
import org.aftersales.serviceflow.spi.LabourTimes;
import org.aftersales.serviceflow.spi.Pricing;
import org.aftersales.serviceflow.spi.SignatureCapture;
import org.aftersales.serviceflow.spi.SignatureRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad input, failing plugins and two advisors at once: nothing half-written (C8, C9, C7). */
class BoundaryTest {

    @Nested
    class BadInput {

        final World w = new World();

        @Test
        void C9_aBadCheckInListsEveryViolationAndStoresNothing() {
            Commands.CheckIn bad = new Commands.CheckIn(null,
                    new Commands.CustomerDetails(CustomerId.of("c-1"), " ", null, false, null), VehicleId.of("v-1"),
                    LicencePlate.parse("京A12345"), "", null, -5, null, List.of(""), true, null, false, WANG);
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> w.desk.checkIn(bad));
            assertThat(e.violations()).extracting(Violation::path).containsExactly("advisor", "customer.name",
                    "customer.phone", "mileageKm", "model", "requests[0].<list element>");
            assertThat(e.violations()).allMatch(v -> !v.message().en().isBlank() && !v.message().zh().isBlank());
            assertThat(w.logSize()).isZero();
            assertThat(w.storage.repository(ServiceDesk.ORDERS).find(RepairOrderId.of("RO-2026-000001"))).isEmpty();
        }

        @Test
        void C9_estimateLinesAreCheckedWholeAgainstTheOrderAndTheGuide() {
            RepairOrderId ro = Walk.newWalkIn(w.desk);
            Walk.toDiagnosed(w.desk, ro);
            long version = w.version(ro);
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> w.desk.estimate(
                    new Commands.Estimate(ro, List.of(labour("L1", "NO-SUCH-OP", Payer.CUSTOMER, 0),
                            labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 5),
                            new Commands.Line("P1", EstimateLine.Kind.PART, "filter", null, PartNumber.of("X-1"),
                                    BigDecimal.ONE, null, Payer.CUSTOMER, 0)),
                            at("2026-12-01T17:00:00"), "cash", "Zhang", null, WANG)));
            assertThat(e.violations()).extracting(v -> v.path() + ":" + v.code()).containsExactlyInAnyOrder(
                    "lines[0].operation:line.unknownOperation", "lines[1].key:line.duplicateKey",
                    "lines[1].request:line.request", "lines[2].unitPrice:line.price");
            assertThat(w.version(ro)).isEqualTo(version);
        }

        @Test
        void C9_aFailedCheckNeedsAReasonAndAReport() {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> w.desk.recordCheck(
                    new Commands.RecordCheck(RepairOrderId.of("RO-1"), QualityCheck.Level.FINAL, false, null, " ", QC)));
            assertThat(e.violations()).extracting(Violation::path).containsExactly("reasonCode", "report");
        }

        @Test
        void C9_unknownTeamAndStaffAreNamed() {
            assertThatThrownBy(() -> w.desk.book(new Commands.BookAppointment(zhang(), LicencePlate.parse("京A12345"),
                    "X", List.of("a"), List.of(), Money.ofYuan("1"), BigDecimal.ONE, at("2026-12-01T10:00:00"),
                    at("2026-12-01T11:00:00"), "nobody", WANG, WANG))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("nobody");
            assertThatThrownBy(() -> w.desk.checkIn(new Commands.CheckIn(null, zhang(), VehicleId.of("v"),
                    LicencePlate.parse("京A12345"), "X", null, 1, StaffId.of("ghost"), List.of("a"), true, null, false,
                    WANG))).isInstanceOf(ValidationException.class).hasMessageContaining("ghost");
        }
    }

    @Nested
    class FailingPlugins {

        @Test
        void C8_aFailingLabourGuideIsNamedAndNothingIsStored() {
            LabourTimes broken = new LabourTimes() {
                @Override
                public String id() {
                    return "broken-guide";
                }

                @Override
                public Optional<LabourTime> find(String operation, String model) {
                    throw new IllegalStateException("guide offline");
                }
            };
            World w = new World(b -> b.labourTimes(broken));
            RepairOrderId ro = Walk.newWalkIn(w.desk);
            Walk.toDiagnosed(w.desk, ro);
            long version = w.version(ro);
            long log = w.logSize();
            PluginFailureException e = catchThrowableOfType(PluginFailureException.class, () -> w.desk.estimate(
                    new Commands.Estimate(ro, Walk.oilChange(), at("2026-12-01T17:00:00"), "cash", "Z", null, WANG)));
            assertThat(e.pluginId()).isEqualTo("broken-guide");
            assertThat(w.version(ro)).isEqualTo(version);
            assertThat(w.logSize()).isEqualTo(log);
        }

        @Test
        void C8_aFailingSignaturePadIsNamedAndNothingIsStored() {
            SignatureCapture pad = new SignatureCapture() {
                @Override
                public String id() {
                    return "pad";
                }

                @Override
                public String capture(SignatureRequest request) {
                    throw new IllegalStateException("pad offline");
                }
            };
            World w = new World(b -> b.signatures(pad));
            RepairOrderId ro = Walk.newWalkIn(w.desk);
            long version = w.version(ro);
            PluginFailureException e = catchThrowableOfType(PluginFailureException.class, () -> w.desk.recordWalkAround(
                    new Commands.RecordWalkAround(ro, List.of(), true, List.of(), true, WANG)));
            assertThat(e.pluginId()).isEqualTo("pad");
            assertThat(w.version(ro)).isEqualTo(version);
        }

        @Test
        void C8_aFailingPricingPluginIsNamedAndNothingIsStored() {
            Pricing prices = new Pricing() {
                @Override
                public String id() {
                    return "price-list";
                }

                @Override
                public Optional<Money> labourRate(String operation, String model) {
                    throw new IllegalStateException("price list missing");
                }

                @Override
                public Optional<Money> partPrice(PartNumber part) {
                    return Optional.empty();
                }
            };
            World w = new World(b -> b.pricing(prices));
            RepairOrderId ro = Walk.newWalkIn(w.desk);
            Walk.toDiagnosed(w.desk, ro);
            long version = w.version(ro);
            PluginFailureException e = catchThrowableOfType(PluginFailureException.class, () -> w.desk.estimate(
                    new Commands.Estimate(ro, Walk.oilChange(), at("2026-12-01T17:00:00"), "cash", "Z", null, WANG)));
            assertThat(e.pluginId()).isEqualTo("price-list");
            assertThat(w.version(ro)).isEqualTo(version);
        }

        @Test
        void C8_aFailingPartsSupplyIsNamedAndNothingIsStored() {
            FakeSupply broken = new FakeSupply() {
                @Override
                public Reservation reserve(UnitOfWork work, SupplyDocument document, List<PartLine> lines,
                        java.time.LocalDate needed) {
                    throw new IllegalStateException("warehouse offline");
                }
            };
            World b = new World(x -> x.partsSupply(broken));
            PluginFailureException e = catchThrowableOfType(PluginFailureException.class,
                    () -> b.desk.book(booking("2026-12-01T14:00:00", "2")));
            assertThat(e.pluginId()).isEqualTo("fake-supply");
            assertThat(b.logSize()).isZero();
            assertThat(b.desk.workload(TEAM_A.name(), java.time.LocalDate.of(2026, 12, 1)).booked()).isEmpty();
        }
    }

    @Nested
    class TwoAdvisorsAtOnce {

        @Test
        @Timeout(value = 30, unit = TimeUnit.SECONDS)
        void C7_oneWinsAndTheOtherGetsAStaleVersionRefusal() throws Exception {
            CyclicBarrier bothLoaded = new CyclicBarrier(2);
            Pricing meeting = new Pricing() {
                @Override
                public String id() {
                    return "meeting-point";
                }

                @Override
                public Optional<Money> labourRate(String operation, String model) {
                    if (Thread.currentThread().getName().startsWith("advisor-")) {
                        try {
                            bothLoaded.await(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return Optional.empty();
                }

                @Override
                public Optional<Money> partPrice(PartNumber part) {
                    return Optional.empty();
                }
            };
            World w = new World(b -> b.pricing(meeting));
            RepairOrderId ro = Walk.newWalkIn(w.desk);
            Walk.toDiagnosed(w.desk, ro);
            w.desk.estimate(new Commands.Estimate(ro, List.of(new Commands.Line("L1", EstimateLine.Kind.LABOUR, "oil", "OIL-CHANGE",
                    null, null, Money.ofYuan("100"), Payer.CUSTOMER, 0)), at("2026-12-01T17:00:00"), "cash", "Z", null, WANG));
            long version = w.version(ro);
            int[] n = {0};
            ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "advisor-" + n[0]++));
            try {
                CompletableFuture<Object> wang = CompletableFuture.supplyAsync(() -> attempt(w, ro, WANG, "L2"), pool);
                CompletableFuture<Object> li = CompletableFuture.supplyAsync(() -> attempt(w, ro, LI, "L3"), pool);
                List<Object> outcomes = List.of(wang.get(20, TimeUnit.SECONDS), li.get(20, TimeUnit.SECONDS));
                assertThat(outcomes).filteredOn(o -> o instanceof List).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o instanceof ConcurrentUpdateException).hasSize(1)
                        .first().satisfies(o -> {
                            ConcurrentUpdateException c = (ConcurrentUpdateException) o;
                            assertThat(c.expectedVersion()).isEqualTo(version);
                            assertThat(c.actualVersion()).isEqualTo(version + 1);
                            assertThat(c.text().zh()).isNotBlank();
                        });
            } finally {
                pool.shutdownNow();
            }
            RepairOrder after = w.order(ro);
            assertThat(w.version(ro)).isEqualTo(version + 1);
            assertThat(after.revisions()).hasSize(2);
            assertThat(after.revisions().get(1).lines()).hasSize(2);
        }

        private Object attempt(World w, RepairOrderId ro, StaffId advisor, String key) {
            try {
                return w.desk.revise(new Commands.ReviseEstimate(ro, List.of(new Commands.Line("L1",
                        EstimateLine.Kind.LABOUR, "oil", "OIL-CHANGE", null, null, Money.ofYuan("100"), Payer.CUSTOMER, 0),
                        labour(key, "DIAG", Payer.CUSTOMER, 0)), "by " + advisor.value(), advisor));
            } catch (ConcurrentUpdateException e) {
                return e;
            }
        }
    }

    @Test
    void F19_declinedLinesAreKeptAndNeverCharged() {
        World w = new World();
        RepairOrderId ro = Walk.newWalkIn(w.desk);
        Walk.toDiagnosed(w.desk, ro);
        w.desk.estimate(new Commands.Estimate(ro, List.of(labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0),
                labour("L2", "DIAG", Payer.CUSTOMER, 0)), at("2026-12-01T17:00:00"), "cash", "Z", null, WANG));
        w.desk.approve(new Commands.ApproveRevision(ro, 1, Set.of("L2"), "only the oil", WANG));
        RepairOrder o = w.order(ro);
        assertThat(o.approvedLines()).extracting(EstimateLine::key).containsExactly("L1");
        assertThat(o.declinedLines()).extracting(EstimateLine::key).containsExactly("L2");
    }

    @Test
    void F5_aLostQuoteKeepsItsReasonAndItsLines() {
        World w = new World();
        RepairOrderId ro = Walk.newWalkIn(w.desk);
        Walk.toDiagnosed(w.desk, ro);
        w.desk.estimate(new Commands.Estimate(ro, Walk.oilChange(), at("2026-12-01T17:00:00"), "cash", "Z", null, WANG));
        w.desk.decline(new Commands.DeclineRevision(ro, 1, "cheaper at the corner shop", WANG));
        RepairOrder o = w.order(ro);
        assertThat(o.status()).isEqualTo(RepairOrderStatus.CANCELLED);
        assertThat(o.quoteOutcome()).isEqualTo("lost: cheaper at the corner shop");
        assertThat(o.declinedLines()).extracting(EstimateLine::key).containsExactly("L1");
        assertThat(o.approvedLines()).isEmpty();
    }

    @Test
    void F17_efficiencyAndProductivityPerTechnicianAndTeam() {
        World w = new World();
        RepairOrderId ro = Walk.newWalkIn(w.desk);
        Walk.toInRepair(w.desk, ro, List.of(labour("L1", "BRAKE-PADS", Payer.CUSTOMER, 0)));
        w.clock.advance(java.time.Duration.ofMinutes(90));
        w.desk.clockOff(new Commands.ClockOff(ro, TECH1, TECH1));
        w.desk.recordResult(new Commands.RecordResult(ro, 0, null, "done", Request.Result.FIXED, TECH1));
        w.desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "ok", TECH1));
        w.desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, TECH1));
        w.desk.finishRepair(new Commands.FinishRepair(ro, TECH1));
        w.desk.recordAttendance(new Commands.RecordAttendance(TECH1, 480, MANAGER));
        TechnicianTime t = w.desk.technician(TECH1);
        assertThat(t.flagHours()).isEqualByComparingTo("1.2");            // flag hours kept apart
        assertThat(t.clockedMinutes()).isEqualTo(90);                      // from clocked time
        assertThat(t.efficiency()).contains(new BigDecimal("0.80"));       // 1.2 h flagged / 1.5 h clocked
        assertThat(t.productivity()).contains(new BigDecimal("0.19"));     // 90 / 480 minutes
        assertThat(w.desk.teamPerformance(TEAM_A.name()))
                .containsExactly(Optional.of(new BigDecimal("0.80")), Optional.of(new BigDecimal("0.19")));
    }
}
