package org.aftersales.inventory;

import static org.aftersales.inventory.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.inventory.spi.RuleKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlacementTest {

    final PlacementEngine engine = engine();
    final Layout layout = engine.layout();

    PlacementDecision place(StockSnapshot stock, org.aftersales.core.id.PartNumber part, long qty) {
        return engine.place(engine.state(stock), PlacementRequest.of(part, qty));
    }

    Bin chosen(PlacementDecision d) {
        return layout.binOrNull(d.chosen().bin());
    }

    @Nested
    class OnePartOneBin {
        @Test
        void P3_newPiecesJoinTheHomeBin() {
            PlacementDecision d = place(stock("A-01-2-03", BULB, 5), BULB, 10);
            assertThat(d.chosen().bin()).isEqualTo(BinCode.of("A-01-2-03"));
            assertThat(d.chosen().verdicts()).filteredOn(v -> v.rule().equals("one-part-one-bin"))
                    .singleElement().satisfies(v -> assertThat(v.reason().en()).contains("Home bin"));
        }

        @Test
        void P3_neverIntoABinHoldingAnotherPart() {
            StockSnapshot stock = stock("A-03-1-01", BULB, 1, "A-03-1-02", OIL_FILTER, 3);
            PlacementDecision d = place(stock, PLUG_A, 20);
            assertThat(d.chosen().bin().value()).isNotIn("A-03-1-01", "A-03-1-02");
            assertThat(engine.state(stock).with(d).snapshot().lines()).hasSize(3);
        }

        @Test
        void P3_homeTooSmallMeansNoBinFits() {
            assertThatThrownBy(() -> place(stock("A-03-1-01", OIL_FILTER, 1), OIL_FILTER, 200))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo(NoBinFits.RULE);
                        NoBinFits detail = (NoBinFits) e.detail();
                        assertThat(detail.ruledOut()).extracting(RuleCount::rule).contains("one-part-one-bin", "fits-bin");
                        assertThat(detail.ruledOut()).filteredOn(c -> c.rule().equals("one-part-one-bin"))
                                .singleElement().extracting(RuleCount::binsRuledOut).isEqualTo(layout.bins().size() - 1);
                    });
        }
    }

    @Nested
    class Vertical {
        @Test
        void P3_mufflersExhaustPipesAndWindscreensOnlyInVerticalRacks() {
            for (var part : new org.aftersales.core.id.PartNumber[] {MUFFLER, EXHAUST_PIPE, WINDSCREEN}) {
                PlacementDecision d = place(StockSnapshot.EMPTY, part, 1);
                assertThat(d.chosen().kind()).as(part.value()).isEqualTo(RackKind.VERTICAL_RACK);
            }
        }

        @Test
        void P3_noVerticalRackLeftMeansNoBinFitsWithCounts() {
            StockSnapshot full = stock("B-01-1-01", BULB, 1, "B-01-1-02", BRAKE_DISC, 1, "B-01-1-03", GEARBOX, 1,
                    "B-01-1-04", FENDER_CIVIC, 1, "B-01-1-05", DOOR_ACCORD, 1, "B-01-1-06", FENDER_ACCORD, 1,
                    "B-01-1-07", TRIM_PANEL, 1, "B-01-1-08", OIL_FILTER, 1);
            assertThatThrownBy(() -> place(full, WINDSCREEN, 1)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                NoBinFits detail = (NoBinFits) e.detail();
                assertThat(detail.ruledOut()).filteredOn(c -> c.rule().equals("vertical-storage")).singleElement()
                        .extracting(RuleCount::binsRuledOut).isEqualTo(layout.bins().size() - 8);
                assertThat(e.text().en()).contains("No bin of " + layout.bins().size());
                assertThat(e.text().zh()).contains("个料位中没有能放下");
            });
        }
    }

    @Nested
    class Heavy {
        @Test
        void P3_somewhatHeavyAtWaistHeightOrLower() {
            PlacementDecision d = place(StockSnapshot.EMPTY, BRAKE_DISC, 2);
            assertThat(d.chosen().levelHeightMm()).isLessThanOrEqualTo(1000);
            assertThat(d.runnersUp()).allSatisfy(r -> assertThat(r.candidate().levelHeightMm()).isLessThanOrEqualTo(1000));
        }

        @Test
        void P3_veryHeavyNearTheFloor() {
            PlacementDecision d = place(StockSnapshot.EMPTY, GEARBOX, 1);
            assertThat(d.chosen().levelHeightMm()).isLessThanOrEqualTo(300);
        }

        @Test
        void P3_thresholdsAreSettings() {
            PlacementEngine strict = PlacementEngine.builder(layout, engine.parts()).rules(PlacementRules.standard())
                    .settings(PlacementSettings.defaults().withHeavy(org.aftersales.core.value.Weight.ofKg("0.2"),
                            org.aftersales.core.value.Weight.ofKg("0.3")))
                    .build();
            PlacementDecision d = strict.place(strict.state(StockSnapshot.EMPTY), PlacementRequest.of(OIL_FILTER, 1));
            assertThat(d.chosen().levelHeightMm()).isLessThanOrEqualTo(300);
        }
    }

    @Nested
    class SameType {
        @Test
        void P3_bodyPanelsOfOneModelTogether() {
            StockSnapshot stock = stock("B-03-1-01", DOOR_ACCORD, 2, "B-03-2-04", FENDER_CIVIC, 2);
            PlacementDecision d = place(stock, FENDER_ACCORD, 2);
            assertThat(d.chosen().bin()).isIn(BinCode.of("B-03-1-02"), BinCode.of("B-03-2-01"));
            assertThat(d.chosen().verdicts()).filteredOn(v -> v.rule().equals("same-type-together")).singleElement()
                    .satisfies(v -> assertThat(v.score()).isGreaterThan(0.5));
        }

        @Test
        void P3_dedicatedRacksTakeOnlyTheirCategory() {
            PlacementDecision d = place(StockSnapshot.EMPTY, TRIM_PANEL, 1);
            assertThat(layout.binOrNull(d.chosen().bin()).rack().dedicatedTo()).isEmpty();
            PlacementDecision door = place(StockSnapshot.EMPTY, DOOR_ACCORD, 1);
            assertThat(chosen(door).rack().dedicatedTo()).contains("body-panel");
        }
    }

    @Nested
    class Shapes {
        @Test
        void P3_trimPanelsKeptAwayFromOilFilters() {
            StockSnapshot filters = stock("A-01-1-01", OIL_FILTER, 20, "A-02-1-01", BULB, 2);
            PlacementDecision d = place(filters, TRIM_PANEL, 4);
            Bin bin = chosen(d);
            assertThat(layout.neighbours(bin)).noneMatch(n -> n.code().value().equals("A-01-1-01"));
            assertThat(d.chosen().verdicts()).filteredOn(v -> v.rule().equals("shapes-apart")).singleElement()
                    .satisfies(v -> assertThat(v.score()).isEqualTo(1.0));
        }

        @Test
        void P3_aTrimPanelBesideOilFiltersIsASoftShortfall() {
            AuditReport report = engine.audit(engine.state(stock("A-01-1-01", OIL_FILTER, 20, "A-01-1-02", TRIM_PANEL, 2)));
            assertThat(report.hardViolations()).isEmpty();
            assertThat(report.softShortfalls()).anySatisfy(f -> {
                assertThat(f.rule()).isEqualTo("shapes-apart");
                assertThat(f.part()).isEqualTo(TRIM_PANEL);
                assertThat(f.score()).isZero();
                assertThat(f.reason().en()).contains("flat parts");
            });
        }
    }

    @Nested
    class LookAlike {
        @Test
        void P3_lookAlikesNeverInTheSameOrANeighbouringBin() {
            StockSnapshot stock = stock("A-03-1-01", PLUG_A, 50);
            PlacementDecision d = place(stock, PLUG_B, 50);
            Bin bin = chosen(d);
            Bin a = layout.binOrNull(BinCode.of("A-03-1-01"));
            assertThat(bin).isNotSameAs(a);
            assertThat(layout.neighbours(a)).doesNotContain(bin);
        }

        @Test
        void P3_lookAlikeRuleIsHard() {
            assertThat(PlacementRules.standard().rule("look-alike-apart")).get()
                    .extracting(r -> r.kind()).isEqualTo(RuleKind.HARD);
        }
    }

    @Nested
    class Explanation {
        @Test
        void P3_decisionExplainsEveryRuleAndEachRunnerUp() {
            PlacementDecision d = place(stock("A-01-1-01", OIL_FILTER, 10), BULB, 6);
            assertThat(d.chosen().verdicts()).extracting(RuleVerdict::rule).containsExactly("one-part-one-bin", "fits-bin",
                    "level-load", "vertical-storage", "heavy-low", "dedicated-rack", "look-alike-apart",
                    "same-type-together", "shapes-apart", "fast-movers-near-counter", "space-use");
            assertThat(d.chosen().verdicts()).allSatisfy(v -> {
                assertThat(v.passed()).isTrue();
                assertThat(v.reason().en()).isNotBlank();
                assertThat(v.reason().zh()).isNotBlank();
            });
            assertThat(d.runnersUp()).hasSize(3).allSatisfy(r -> {
                assertThat(r.candidate().score()).isLessThanOrEqualTo(d.chosen().score());
                assertThat(r.lostBecause().en()).isNotBlank();
            });
            assertThat(d.summary().en()).contains(d.chosen().bin().value()).contains("Headlamp bulb");
            assertThat(d.summary().zh()).contains("前大灯灯泡");
        }

        @Test
        void P3_decisionIsAJsonValue() throws Exception {
            PlacementDecision d = place(StockSnapshot.EMPTY, OIL_FILTER, 6);
            String json = AftersalesJson.mapper().writeValueAsString(d);
            assertThat(json).contains("\"bin\":\"" + d.chosen().bin().value() + "\"").contains("机油滤清器");
            assertThat(AftersalesJson.read(json, PlacementDecision.class)).isEqualTo(d);
        }

        /**
         * On this layout the indexed search makes exactly the full scan's decision for every
         * part and quantity: the same bin with the same score, and no bin where the full scan
         * finds none. (Issue 10: this test allowed a gap of 0.05 before; the claim holds with
         * none. On large layouts the indexed search is a sampling and only promises a bin that
         * breaks no hard rule whenever one exists; see {@link PlacementEngine#placeByFullScan}.)
         */
        @Test
        void P3_indexedSearchAgreesWithTheFullScanOnASmallLayout() {
            StockSnapshot stock = stock("A-01-1-01", OIL_FILTER, 10, "B-03-1-01", DOOR_ACCORD, 1);
            WarehouseState state = engine.state(stock);
            int compared = 0;
            for (Part p : engine.parts().parts()) {
                for (long qty : new long[] {1, 2, 5}) {
                    PlacementRequest request = PlacementRequest.of(p.number(), qty);
                    PlacementDecision full;
                    try {
                        full = engine.placeByFullScan(state, request);
                    } catch (BusinessRuleException e) {
                        assertThatThrownBy(() -> engine.place(state, request)).isInstanceOf(BusinessRuleException.class);
                        continue;
                    }
                    PlacementDecision fast = engine.place(state, request);
                    assertThat(fast.chosen().bin()).as("%s x %d", p.number(), qty).isEqualTo(full.chosen().bin());
                    assertThat(fast.chosen().score()).as("%s x %d", p.number(), qty).isEqualTo(full.chosen().score());
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(25);
        }
    }
}
