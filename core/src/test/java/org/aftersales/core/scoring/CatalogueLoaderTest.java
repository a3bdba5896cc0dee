package org.aftersales.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.json.JsonSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S4: catalogues are read from JSON, and a bad one is refused with every problem listed. */
class CatalogueLoaderTest {

    static final String OWN = """
            {
              "code": "parts-counter-extra",
              "title": {"en": "Counter extras", "zh": "柜台附加要求"},
              "sections": [{
                "code": "counter",
                "title": {"en": "Counter", "zh": "柜台"},
                "items": [
                  {"code": "CT-01", "text": {"en": "Answer parts requests from the workshop within 5 minutes.",
                   "zh": "车间要件五分钟内答复。"}, "level": "MUST", "points": 4,
                   "appliesTo": {"roles": ["parts-clerk"]}, "evidence": "DERIVED",
                   "derivation": {"kind": "event-response", "settings":
                     {"start": "parts-request.raised", "answer": "parts-request.answered", "within": "PT5M"}}},
                  {"code": "CT-02", "text": {"en": "Keep the counter tidy.", "zh": "柜台整洁。"},
                   "level": "SHOULD", "points": 1, "appliesTo": {"departments": ["parts"]}}
                ]
              }]
            }
            """;

    @Test
    void S4_aDealershipLoadsItsOwnCatalogueTheSameWay() {
        Catalogue c = Catalogues.fromJson(OWN);
        assertThat(c.code()).isEqualTo("parts-counter-extra");
        StandardItem derived = c.item(ItemCode.of("CT-01")).orElseThrow();
        assertThat(derived.evidence()).isEqualTo(EvidenceSource.DERIVED);
        assertThat(derived.derivation().kind()).isEqualTo("event-response");
        StandardItem observed = c.item(ItemCode.of("CT-02")).orElseThrow();
        assertThat(observed.evidence()).as("evidence defaults to observed").isEqualTo(EvidenceSource.OBSERVED);
        assertThat(observed.appliesTo().departments()).containsExactly("parts");
    }

    @Test
    void S4_aBadCatalogueIsRefusedWithEveryProblemListed() {
        String bad = """
                {
                  "code": "Bad Code",
                  "title": {"en": "Bad", "zh": ""},
                  "colour": "red",
                  "sections": [
                    {"code": "one", "title": {"en": "One", "zh": "一"}, "items": [
                      {"code": "X-01", "text": {"en": "a", "zh": "甲"}, "level": "MUST", "points": 0,
                       "appliesTo": {"roles": ["juggler"]}},
                      {"code": "X-01", "text": {"en": "b", "zh": "乙"}, "level": "OFTEN", "points": 2,
                       "appliesTo": {"departments": ["parts"]}},
                      {"code": "X-03", "text": {"en": "c", "zh": "丙"}, "level": "SHOULD", "points": -3,
                       "appliesTo": {"departments": ["bakery"]}, "evidence": "DERIVED"},
                      {"code": "X-04", "text": {"en": "d", "zh": "丁"}, "level": "SHOULD", "points": "many",
                       "appliesTo": {}, "evidence": "DERIVED",
                       "derivation": {"kind": "telepathy", "settings": {}}},
                      {"code": "X-05", "text": {"en": "e", "zh": "戊"}, "level": "SHOULD", "points": 1,
                       "appliesTo": {"roles": ["service-advisor"]}, "evidence": "DERIVED",
                       "derivation": {"kind": "event-response", "settings": {"start": "a.b", "within": "three days"}}}
                    ]},
                    {"code": "one", "title": {"en": "Again", "zh": "又"}, "items": [
                      {"code": "X-05", "text": {"en": "f", "zh": "己"}, "level": "MUST", "points": 1,
                       "appliesTo": {"roles": ["cashier"]}, "evidence": "GUESSED"}
                    ]}
                  ]
                }
                """;
        assertThatThrownBy(() -> Catalogues.fromJson(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactlyInAnyOrder(
                                tuple("colour", "scoring.json.unknownProperty"),
                                tuple("code", "scoring.code.form"),
                                tuple("title.zh", "scoring.required"),
                                tuple("sections[0].items[0].points", "scoring.points.range"),
                                tuple("sections[0].items[0].appliesTo.roles[0]", "scoring.role.unknown"),
                                tuple("sections[0].items[1].level", "scoring.level.unknown"),
                                tuple("sections[0].items[2].points", "scoring.points.range"),
                                tuple("sections[0].items[2].appliesTo.departments[0]", "scoring.department.unknown"),
                                tuple("sections[0].items[2].derivation", "scoring.derivation.missing"),
                                tuple("sections[0].items[3].points", "scoring.points.type"),
                                tuple("sections[0].items[3].appliesTo", "scoring.appliesTo.empty"),
                                tuple("sections[0].items[3].derivation.kind", "scoring.derivation.unknown"),
                                tuple("sections[0].items[4].derivation.settings.answer", "scoring.setting.required"),
                                tuple("sections[0].items[4].derivation.settings.within", "scoring.setting.duration"),
                                tuple("sections[1].items[0].evidence", "scoring.evidence.unknown"),
                                tuple("sections[1].code", "scoring.code.duplicate"),
                                tuple("sections[0].items[1].code", "scoring.code.duplicate"),
                                tuple("sections[1].items[0].code", "scoring.code.duplicate")));
    }

    @Test
    void S4_everyProblemHasAnEnglishAndAChineseMessage() {
        String bad = """
                {"code": "c", "title": {"en": "C", "zh": "丙"}, "sections": [{"code": "s", "title": {"en": "S", "zh": "节"},
                 "items": [{"code": "A-1", "text": {"en": "a", "zh": "甲"}, "level": "SOMETIMES", "points": 101,
                  "appliesTo": {"roles": ["juggler"]}}]}]}
                """;
        assertThatThrownBy(() -> Catalogues.fromJson(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).hasSize(3);
            assertThat(e.violations()).extracting(v -> v.message().en())
                    .contains("Unknown level \"SOMETIMES\"; use one of MUST, SHOULD.",
                            "Points must be a whole number from 1 to 100; got 101.",
                            "Unknown role \"juggler\".");
            assertThat(e.violations()).extracting(v -> v.message().zh())
                    .contains("未知级别“SOMETIMES”；可选：MUST, SHOULD。", "未知岗位“juggler”。");
        });
    }

    @Test
    void S4_malformedJsonIsRefusedAsValidation() {
        assertThatThrownBy(() -> Catalogues.fromJson("{\"code\": ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Catalogues.fromJson("[]"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("scoring.json.object"));
    }

    @Test
    void S1_catalogueBuiltInCodeRefusesDuplicateItemCodesAcrossSections() {
        var item = StandardItem.observed("A-1", new LocalizedText("a", "甲"), Level.MUST, 1, Applicability.roles("cashier"));
        var one = new Section("one", new LocalizedText("One", "一"), List.of(item));
        var two = new Section("two", new LocalizedText("Two", "二"), List.of(item));
        assertThatThrownBy(() -> new Catalogue("c", new LocalizedText("C", "丙"), "", List.of(one, two)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("sections[1].items[0].code", "scoring.code.duplicate")));
    }

    @Test
    void S1_itemValuesCheckThemselves() {
        assertThatThrownBy(() -> new StandardItem(ItemCode.of("A-1"), null, Level.MUST, 0, null, EvidenceSource.DERIVED, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrder("text", "points", "appliesTo", "derivation"));
        assertThatThrownBy(() -> ItemCode.of("lower-case")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Derivation.of("event-response", Map.of("Bad Name", "x")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void C10_aCatalogueReadsFromAFileAReaderAndAStreamAlike(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("own.json"), OWN);
        Catalogue fromString = Catalogues.fromJson(OWN);
        ItemDerivations derivations = ItemDerivations.standard();
        assertThat(Catalogues.fromJson(JsonSource.of(file), derivations)).isEqualTo(fromString);
        assertThat(Catalogues.fromJson(JsonSource.of(new StringReader(OWN)), derivations)).isEqualTo(fromString);
        assertThat(Catalogues.fromJson(JsonSource.of(new ByteArrayInputStream(OWN.getBytes(StandardCharsets.UTF_8))),
                derivations)).isEqualTo(fromString);
    }

    @Test
    void C10_aCatalogueThatIsNotWellFormedIsOneProblemWithItsLineInOurWords() {
        String broken = OWN.replaceFirst("\\[", "[ {,");
        assertThatThrownBy(() -> Catalogues.fromJson(broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    Violation only = e.violations().get(0);
                    assertThat(only.code()).startsWith("json.");
                    assertThat(only.message().en()).containsPattern("line \\d+");
                    assertThat(only.message().zh()).containsPattern("第 ?\\d+ ?行");
                    assertThat(only.message().en()).doesNotContain("Unexpected character");
                });
    }
}
