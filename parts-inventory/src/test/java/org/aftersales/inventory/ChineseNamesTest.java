package org.aftersales.inventory;

import static org.aftersales.inventory.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.json.AftersalesJson;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: explanations in Chinese name categories, look-alike groups and shapes in Chinese,
 * from names the part master carries (codes without a name are shown as they are).
 */
class ChineseNamesTest {

    static final LocalizedText BODY_PANELS = new LocalizedText("body panels", "车身覆盖件");
    static final LocalizedText TRIM_PANELS = new LocalizedText("trim panels", "内饰板");
    static final LocalizedText R40_PLUGS = new LocalizedText("R40 spark plugs", "R40 火花塞");

    final PartMaster named = parts().withNames(Map.of("body-panel", BODY_PANELS, "trim-panel", TRIM_PANELS),
            Map.of("spark-plug-r40", R40_PLUGS));
    final PlacementEngine engine = PlacementEngine.builder(layout(), named).rules(PlacementRules.standard()).build();

    @Test
    void issue11_findingsNameCategoriesAndLookAlikeGroupsInBothLanguages() {
        AuditReport report = engine.audit(engine.state(stock(
                "A-03-2-01", PLUG_A, 20, "A-03-2-02", PLUG_B, 20, "B-03-1-01", TRIM_PANEL, 2)));
        assertThat(report.hardViolations()).filteredOn(f -> f.rule().equals("look-alike-apart")).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.reason().zh()).contains("R40 火花塞").doesNotContain("spark-plug-r40");
                    assertThat(f.reason().en()).contains("R40 spark plugs");
                });
        assertThat(report.hardViolations()).filteredOn(f -> f.rule().equals("dedicated-rack")).singleElement()
                .satisfies(f -> {
                    assertThat(f.reason().zh()).contains("车身覆盖件").contains("内饰板").doesNotContain("body-panel");
                    assertThat(f.reason().en()).contains("body panels").contains("trim panels");
                });
    }

    @Test
    void issue11_aCodeWithoutANameIsShownAsItIs() {
        assertThat(named.categoryName("ignition")).isEqualTo(new LocalizedText("ignition", "ignition"));
        assertThat(named.categoryName("body-panel")).isEqualTo(BODY_PANELS);
        assertThat(parts().lookAlikeGroupName("spark-plug-r40").zh()).isEqualTo("spark-plug-r40");
    }

    @Test
    void issue11_thePartMasterDocumentCarriesTheNames() throws Exception {
        String json = AftersalesJson.mapper().writeValueAsString(named.toDocument());
        assertThat(json).contains("\"categories\"").contains("车身覆盖件").contains("\"lookAlikeGroups\"");
        PartMaster read = PartMaster.fromJson(json);
        assertThat(read.categoryName("trim-panel")).isEqualTo(TRIM_PANELS);
        assertThat(read.lookAlikeGroupName("spark-plug-r40")).isEqualTo(R40_PLUGS);
        assertThat(read.parts()).containsExactlyElementsOf(named.parts());
    }

    @Test
    void issue11_shapesAndTheirFamiliesHaveChineseNames() {
        assertThat(Arrays.stream(ShapeClass.values()).map(s -> s.label().zh()).distinct()).hasSize(ShapeClass.values().length);
        assertThat(ShapeClass.values()).allSatisfy(s -> {
            assertThat(s.label().zh()).isNotBlank().isNotEqualTo(s.label().en()).doesNotContain("_");
            assertThat(s.family().label().zh()).isNotBlank().isNotEqualTo(s.family().label().en());
        });
        assertThat(ShapeClass.CYLINDER.code()).isEqualTo("cylinder");
    }
}
