package org.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: each loader lists every problem of a well-formed document in one refusal (path,
 * code, English and Chinese), refuses {@code null} where a value is required, and reads from
 * a string, a file, a reader and a stream alike.
 */
class LoadersListEveryProblemTest {

    /** A loader under its four sources. */
    interface Loader {
        Object load(String json, Path dir) throws IOException;
    }

    static List<Loader> sources(Fn fn) {
        return List.of(
                (json, dir) -> fn.string().load(json),
                (json, dir) -> {
                    Path file = dir.resolve("doc.json");
                    Files.writeString(file, json, StandardCharsets.UTF_8);
                    return fn.path().load(file);
                },
                (json, dir) -> fn.reader().load(new StringReader(json)),
                (json, dir) -> fn.stream().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    /** One overload of a loader. */
    interface From<S> {
        Object load(S source) throws IOException;
    }

    /** The four overloads of one loader. */
    record Fn(From<String> string, From<Path> path, From<Reader> reader, From<InputStream> stream) {
    }

    static final Fn LAYOUT = new Fn(Layout::fromJson, Layout::fromJson, Layout::fromJson, Layout::fromJson);
    static final Fn PARTS = new Fn(PartMaster::fromJson, PartMaster::fromJson, PartMaster::fromJson, PartMaster::fromJson);
    static final Fn STOCK = new Fn(StockSnapshot::fromJson, StockSnapshot::fromJson, StockSnapshot::fromJson,
            StockSnapshot::fromJson);
    static final Fn SETTINGS = new Fn(PlacementSettings::fromJson, PlacementSettings::fromJson,
            PlacementSettings::fromJson, PlacementSettings::fromJson);
    static final Fn RULE_SET = new Fn(RuleSet::fromJson, RuleSet::fromJson, RuleSet::fromJson, RuleSet::fromJson);

    /** Two bad bin sizes, a bad level, a duplicate zone, an unknown property, nulls where values belong. */
    static final String LAYOUT_FAULTS = """
            {"warehouse": "W1", "zones": [
              {"code": "A", "distanceToCounterM": 2, "racks": [
                {"number": 1, "kind": "SHELF", "levels": [
                  {"number": 1, "heightMm": 100, "loadLimitKg": 500, "bins": 4,
                   "binSize": {"lengthMm": -600, "widthMm": 500, "heightMm": 400}},
                  {"number": 2, "heightMm": null, "loadLimitKg": 500, "bins": 4,
                   "binSize": {"lengthMm": 600, "widthMm": 0, "heightMm": 400}},
                  {"number": 12, "heightMm": 900, "loadLimitKg": 500, "bins": 4,
                   "binSize": {"lengthMm": 600, "widthMm": 500, "heightMm": 400}}]}]},
              {"code": "A", "distanceToCounterM": 5, "colour": "red", "racks": null},
              null]}
            """;

    static final Tuple[] LAYOUT_EXPECTED = {
        tuple("zones[0].racks[0].levels[0].binSize.lengthMm"),
        tuple("zones[0].racks[0].levels[1].heightMm"),
        tuple("zones[0].racks[0].levels[1].binSize.widthMm"),
        tuple("zones[0].racks[0].levels[2].number"),
        tuple("zones[1].code"),
        tuple("zones[1].colour"),
        tuple("zones[1].racks"),
        tuple("zones[2]")};

    /** A bad dimension in one part, a missing weight and a null name in another, a repeated number, a null entry. */
    static final String PARTS_FAULTS = """
            {"parts": [
              {"number": "15400-RTA-003", "name": {"en": "Oil filter", "zh": "机油滤清器"}, "category": "oil-filter",
               "dimensions": {"lengthMm": 100, "widthMm": -1, "heightMm": 120}, "weight": {"grams": 400},
               "shape": "CYLINDER"},
              {"number": "17220-5PA-A00", "name": null, "category": "air-filter",
               "dimensions": {"lengthMm": 300, "widthMm": 200, "heightMm": 60}, "shape": "BLOB", "fragile": null},
              {"number": "15400-RTA-003", "name": {"en": "Oil filter", "zh": "机油滤清器"}, "category": "oil-filter",
               "dimensions": {"lengthMm": 100, "widthMm": 100, "heightMm": 120}, "weight": {"grams": 400},
               "shape": "CYLINDER"},
              null]}
            """;

    static final Tuple[] PARTS_EXPECTED = {
        tuple("parts[0].dimensions.widthMm"),
        tuple("parts[1].name"),
        tuple("parts[1].weight"),
        tuple("parts[1].shape"),
        tuple("parts[1].fragile"),
        tuple("parts[2].number"),
        tuple("parts[3]")};

    static final String STOCK_FAULTS = """
            {"lines": [
              {"bin": "A-01-1-01", "part": "15400-RTA-003", "quantity": 0},
              {"bin": null, "part": "15400-RTA-003", "quantity": 2},
              {"bin": "A-01-1-02", "part": "15400-RTA-003"},
              {"bin": "A-01-1-03", "part": "15400-RTA-003", "quantity": 5, "note": "x"}]}
            """;

    static final Tuple[] STOCK_EXPECTED = {
        tuple("lines[0].quantity"), tuple("lines[1].bin"), tuple("lines[2].quantity"), tuple("lines[3].note")};

    static final String SETTINGS_FAULTS = """
            {"somewhatHeavy": {"grams": 30000}, "veryHeavy": {"grams": -5}, "waistHeightMm": null,
             "nearFloorHeightMm": 300, "slenderRatio": 0.5, "candidatesPerBucket": 4, "runnersUp": 99,
             "softShortfallBelow": 0.35}
            """;

    static final Tuple[] SETTINGS_EXPECTED = {
        tuple("veryHeavy.grams"), tuple("waistHeightMm"), tuple("slenderRatio"), tuple("slenderMinLengthMm"),
        tuple("runnersUp")};

    static final String RULE_SET_FAULTS = """
            {"name": " ", "description": {"en": "x", "zh": "x"},
             "rules": [{"rule": "space-use", "weight": 500}, {"rule": null, "weight": 1}, {"rule": "shapes-apart"}]}
            """;

    static final Tuple[] RULE_SET_EXPECTED = {
        tuple("name"), tuple("rules[0].weight"), tuple("rules[1].rule"), tuple("rules[2].weight")};

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("layout", LAYOUT, LAYOUT_FAULTS, LAYOUT_EXPECTED),
                Arguments.of("part master", PARTS, PARTS_FAULTS, PARTS_EXPECTED),
                Arguments.of("stock", STOCK, STOCK_FAULTS, STOCK_EXPECTED),
                Arguments.of("settings", SETTINGS, SETTINGS_FAULTS, SETTINGS_EXPECTED),
                Arguments.of("rule set", RULE_SET, RULE_SET_FAULTS, RULE_SET_EXPECTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void issue11_aDocumentWithSeveralFaultsIsRefusedWithAllOfThemFromEverySource(
            String name, Fn loader, String json, Tuple[] expected, @TempDir Path dir) {
        for (Loader source : sources(loader)) {
            assertThatThrownBy(() -> source.load(json, dir)).as(name)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).as(name).extracting(Violation::path)
                                .containsExactlyInAnyOrder(Stream.of(expected).map(t -> (String) t.toArray()[0])
                                        .toArray(String[]::new));
                        assertThat(e.violations()).allSatisfy(v -> {
                            assertThat(v.code()).isNotBlank();
                            assertThat(v.message().en()).isNotBlank();
                            assertThat(v.message().zh()).isNotBlank().isNotEqualTo(v.message().en());
                        });
                    });
        }
    }

    @Test
    void issue11_theFaultsCarryTheirCodes() {
        assertThatThrownBy(() -> Layout.fromJson(LAYOUT_FAULTS)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                        tuple("zones[0].racks[0].levels[1].heightMm", "required"),
                        tuple("zones[0].racks[0].levels[2].number", "layout.range"),
                        tuple("zones[1].code", "layout.duplicate"),
                        tuple("zones[1].colour", "json.unknownProperty"),
                        tuple("zones[1].racks", "layout.noRacks"),
                        tuple("zones[2]", "required")));
        assertThatThrownBy(() -> PartMaster.fromJson(PARTS_FAULTS)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                        tuple("parts[1].name", "required"), tuple("parts[1].fragile", "required"),
                        tuple("parts[2].number", "part.duplicate"), tuple("parts[3]", "required")));
        assertThatThrownBy(() -> StockSnapshot.fromJson(STOCK_FAULTS)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                        tuple("lines[0].quantity", "stock.quantity"), tuple("lines[2].quantity", "required")));
    }

    @Test
    void issue11_nullWhereAValueIsRequiredIsRefusedNeverReadAsEmpty() {
        for (String json : List.of("{\"lines\": null}", "{}", "null")) {
            assertThatThrownBy(() -> StockSnapshot.fromJson(json)).as(json).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("required"));
        }
        assertThat(StockSnapshot.fromJson("{\"lines\": []}")).isEqualTo(StockSnapshot.EMPTY);
        assertThatThrownBy(() -> PartMaster.fromJson("{\"parts\": null}")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("parts"));
        assertThatThrownBy(() -> Layout.fromJson("{\"warehouse\": \"W\", \"zones\": null}"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("zones"));
    }

    @Test
    void issue11_aNullInsideAListIsOneProblemAtItsPlace() {
        String json = """
                {"parts": [{"number": "X1", "name": {"en": "A", "zh": "甲"}, "category": "c", "models": ["Accord", null],
                  "dimensions": {"lengthMm": 1, "widthMm": 1, "heightMm": 1}, "weight": {"grams": 1}, "shape": "ROUND"}]}
                """;
        assertThatThrownBy(() -> PartMaster.fromJson(json)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("parts[0].models[1]", "required")));
    }

    @Test
    void issue11_aDocumentThatIsNotJsonIsOneProblem() {
        assertThatThrownBy(() -> Layout.fromJson(new StringReader("{\"warehouse\": ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(1));
    }

    @Test
    void issue11_everySourceReadsTheSameGoodDocument(@TempDir Path dir) throws Exception {
        String json = org.aftersales.core.json.AftersalesJson.mapper().writeValueAsString(Fixtures.layoutSpec());
        for (Loader source : sources(LAYOUT)) {
            assertThat(((Layout) source.load(json, dir)).spec()).isEqualTo(Fixtures.layoutSpec());
        }
        String settings = org.aftersales.core.json.AftersalesJson.mapper().writeValueAsString(PlacementSettings.defaults());
        for (Loader source : sources(SETTINGS)) {
            assertThat(source.load(settings, dir)).isEqualTo(PlacementSettings.defaults());
        }
    }
}
