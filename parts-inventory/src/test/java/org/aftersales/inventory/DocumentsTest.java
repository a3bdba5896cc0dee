package org.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.json.AftersalesJson;
import org.junit.jupiter.api.Test;

/** P1, P2: the JSON documents load, and bad ones are refused with every problem and its path. */
class DocumentsTest {

    @Test
    void P2_layoutRoundTripsThroughJson() throws Exception {
        String json = AftersalesJson.mapper().writeValueAsString(Fixtures.layoutSpec());
        Layout layout = Layout.fromJson(json);
        assertThat(layout.bins()).hasSize(Fixtures.layout().bins().size());
        assertThat(layout.bin(org.aftersales.core.id.BinCode.of("A-03-2-05"))).isPresent();
    }

    @Test
    void P2_neighboursBesideStackedAndAcrossTheAisle() {
        Layout layout = Fixtures.layout();
        Bin bin = layout.binOrNull(org.aftersales.core.id.BinCode.of("A-01-2-03"));
        assertThat(layout.neighbours(bin)).extracting(b -> b.code().value())
                .containsExactlyInAnyOrder("A-01-2-02", "A-01-2-04", "A-01-1-03", "A-01-3-03", "A-02-2-03");
        Bin across = layout.binOrNull(org.aftersales.core.id.BinCode.of("A-02-2-03"));
        assertThat(layout.adjacency(bin, across)).contains(Adjacency.ACROSS_AISLE);
        assertThat(layout.adjacency(across, bin)).contains(Adjacency.ACROSS_AISLE);
        assertThat(layout.areNeighbours(bin, across)).isTrue();
        Bin far = layout.binOrNull(org.aftersales.core.id.BinCode.of("A-01-2-05"));
        assertThat(layout.adjacency(bin, far)).isEmpty();
        assertThat(layout.areNeighbours(bin, far)).isFalse();
    }

    @Test
    void P2_stackedBinsOfDifferentWidthsNeighbourWhereTheyOverlap() {
        LayoutSpec spec = new LayoutSpec(org.aftersales.core.id.WarehouseId.of("W"), "w", java.util.List.of(
                new LayoutSpec.ZoneSpec("A", "a", 1, java.util.List.of(Fixtures.rack(1, RackKind.SHELF, null, null,
                        Fixtures.level(1, 100, 500, 2, 1000, 500, 400), Fixtures.level(2, 800, 500, 4, 500, 500, 400))))));
        Layout layout = Layout.of(spec);
        Bin lower = layout.binOrNull(org.aftersales.core.id.BinCode.of("A-01-1-01"));
        assertThat(layout.neighbours(lower)).extracting(b -> b.code().value())
                .containsExactlyInAnyOrder("A-01-1-02", "A-01-2-01", "A-01-2-02");
        assertThat(layout.adjacency(lower, layout.binOrNull(org.aftersales.core.id.BinCode.of("A-01-2-02"))))
                .contains(Adjacency.STACKED);
        assertThat(layout.adjacency(lower, layout.binOrNull(org.aftersales.core.id.BinCode.of("A-01-1-02"))))
                .contains(Adjacency.BESIDE);
        assertThat(layout.neighbours(lower)).doesNotHaveDuplicates();
    }

    @Test
    void P2_badLayoutListsEveryProblemWithItsPath() {
        String json = """
                {"warehouse": "W1", "name": "x", "zones": [
                  {"code": "A-1", "distanceToCounterM": -3, "racks": [
                    {"number": 1, "kind": "SHELF", "facing": 9, "levels": [
                      {"number": 1, "heightMm": 100, "loadLimitKg": 0, "bins": 0,
                       "binSize": {"lengthMm": 600, "widthMm": 500, "heightMm": 400}}]},
                    {"number": 1, "levels": []}]}]}
                """;
        assertThatThrownBy(() -> Layout.fromJson(json)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                        "zones[0].code", "zones[0].distanceToCounterM", "zones[0].racks[0].facing",
                        "zones[0].racks[0].levels[0].loadLimitKg", "zones[0].racks[0].levels[0].bins",
                        "zones[0].racks[1].number", "zones[0].racks[1].kind", "zones[0].racks[1].levels"));
    }

    @Test
    void P2_unknownPropertyIsRefusedWithItsPath() {
        assertThatThrownBy(() -> Layout.fromJson("{\"warehouse\": \"W1\", \"zones\": [{\"code\": \"A\", \"colour\": 1}]}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).filteredOn(v -> v.path().equals("zones[0].colour")).singleElement()
                            .satisfies(v -> {
                                assertThat(v.code()).isEqualTo("json.unknownProperty");
                                assertThat(v.message().en()).contains("colour");
                                assertThat(v.message().zh()).contains("colour").contains("未知属性");
                            });
                    // the rest of the zone's problems come in the same refusal
                    assertThat(e.violations()).extracting(Violation::path)
                            .contains("zones[0].distanceToCounterM", "zones[0].racks");
                });
    }

    @Test
    void P1_partMasterLoadsWithDefaultsAndRefusesBadParts() throws Exception {
        String good = """
                {"parts": [{"number": "15400-RTA-003", "name": {"en": "Oil filter", "zh": "机油滤清器"},
                  "category": "oil-filter", "dimensions": {"lengthMm": 100, "widthMm": 100, "heightMm": 120},
                  "weight": {"grams": 400}, "shape": "CYLINDER", "models": ["Accord"],
                  "competitorPrices": [{"competitor": "Town Auto Parts", "price": {"amount": 38.00, "currency": "CNY"}}]}]}
                """;
        PartMaster master = PartMaster.fromJson(good);
        Part p = master.parts().iterator().next();
        assertThat(p.movement()).isEqualTo(Movement.MEDIUM);
        assertThat(p.storage()).isEqualTo(StorageRequirement.ANY);
        assertThat(p.competitorPrices()).hasSize(1);
        PartMaster fixture = Fixtures.parts();
        assertThat(PartMaster.fromJson(AftersalesJson.mapper().writeValueAsString(fixture.toDocument())).parts())
                .containsExactlyElementsOf(fixture.parts());

        String bad = """
                {"parts": [{"number": "X1", "name": {"en": "A", "zh": "甲"}, "category": " ",
                  "dimensions": {"lengthMm": 0, "widthMm": 1, "heightMm": 1}, "shape": "CYLINDER"}]}
                """;
        assertThatThrownBy(() -> PartMaster.fromJson(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).contains("parts[0].dimensions.lengthMm"));
        String missing = """
                {"parts": [{"number": "X1", "name": {"en": "A", "zh": "甲"}, "category": " ", "shape": "CYLINDER"}]}
                """;
        assertThatThrownBy(() -> PartMaster.fromJson(missing)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path)
                        .contains("parts[0].category", "parts[0].dimensions", "parts[0].weight"));
    }

    @Test
    void P1_repeatedPartNumbersAreRefused() {
        var parts = new java.util.ArrayList<>(Fixtures.partList());
        parts.add(parts.get(0));
        assertThatThrownBy(() -> PartMaster.of(parts)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::code).containsExactly("part.duplicate"));
    }

    @Test
    void P4_stockNamingUnknownBinsAndPartsIsRefused() {
        PlacementEngine engine = Fixtures.engine();
        StockSnapshot stock = StockSnapshot.fromJson(
                "{\"lines\": [{\"bin\": \"Z-99-9-99\", \"part\": \"NOPE\", \"quantity\": 1}]}");
        assertThatThrownBy(() -> engine.state(stock)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).containsExactly("lines[0].bin", "lines[0].part"));
    }

    @Test
    void P3_settingsAreCheckedTogether() {
        assertThatThrownBy(() -> PlacementSettings.fromJson("""
                {"somewhatHeavy": {"grams": 30000}, "veryHeavy": {"grams": 20000}, "waistHeightMm": 1000,
                 "nearFloorHeightMm": 1200, "slenderRatio": 1, "slenderMinLengthMm": 500, "candidatesPerBucket": 4, "runnersUp": 3,
                 "softShortfallBelow": 0.3}
                """)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("veryHeavy", "nearFloorHeightMm", "slenderRatio"));
    }
}
