package org.aftersales.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.error.Violations;
import org.aftersales.core.party.Customer;
import org.aftersales.core.party.Customer.Contact;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.Parsed;
import org.aftersales.core.value.PhoneNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * C9, C10: every loader reads from a string, a file, a reader and a stream; a document that is
 * not well-formed gets one problem with line and column in our words; a well-formed document
 * gets every problem, at most a set number, with how many more; null is never read as nothing.
 */
class JsonReadingTest {

    static ValidationException refusal(Runnable read) {
        try {
            read.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Nested
    class Sources {

        @TempDir
        Path dir;

        @Test
        void C10_readsFromEverySource() throws Exception {
            String json = "{\"km\": 1200}";
            Path file = Files.writeString(dir.resolve("mileage.json"), json);
            assertThat(AftersalesJson.read(json, Mileage.class)).isEqualTo(Mileage.ofKm(1200));
            assertThat(AftersalesJson.read(file, Mileage.class)).isEqualTo(Mileage.ofKm(1200));
            assertThat(AftersalesJson.read(new StringReader(json), Mileage.class)).isEqualTo(Mileage.ofKm(1200));
            assertThat(AftersalesJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    Mileage.class)).isEqualTo(Mileage.ofKm(1200));
        }

        @Test
        void C10_aMissingFileIsOneProblemInBothLanguages() {
            Path missing = dir.resolve("nowhere.json");
            ValidationException e = refusal(() -> AftersalesJson.read(missing, Mileage.class));
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("json.noFile");
                assertThat(v.message().en()).isEqualTo("There is no file " + missing + ".");
                assertThat(v.message().zh()).isEqualTo("文件 " + missing + " 不存在。");
            });
        }

        @Test
        void C15_whatWasTypedSurvivesJson() {
            Parsed<LicencePlate> plate = Parsed.of("粤ｂ·１２３４５", LicencePlate::parse);
            String json = AftersalesJson.mapper().writeValueAsString(plate);
            assertThat(json).isEqualTo("{\"value\":\"粤B12345\",\"typed\":\"粤ｂ·１２３４５\"}");
            Parsed<LicencePlate> back = AftersalesJson.mapper().readValue(json, new TypeReference<Parsed<LicencePlate>>() { });
            assertThat(back).isEqualTo(plate);
        }

        @Test
        void C10_aMissingSourceIsRefusedNotACrash() {
            ValidationException e = refusal(() -> AftersalesJson.read((Path) null, Mileage.class));
            assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("file", "required"));
        }

        @Test
        void C10_listsAndTreesReadFromFilesToo() throws Exception {
            Path file = Files.writeString(dir.resolve("contacts.json"),
                    "[{\"name\":\"王芳\",\"phone\":\"１３８ １２３４ ５６７８\"}]");
            assertThat(AftersalesJson.readList(JsonSource.of(file), Contact.class))
                    .containsExactly(new Contact("王芳", PhoneNumber.parse("13812345678")));
            assertThat(AftersalesJson.readTree(JsonSource.of(file)).isArray()).isTrue();
        }
    }

    @Nested
    class NotWellFormed {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "'{\"km\": 12,,}' | json.malformed | 1 | 11 | not well-formed JSON at line 1, column 11 | 文档不是格式正确的 JSON：第 1 行第 11 列出错",
            "'{\n  \"km\" 12\n}' | json.malformed | 2 | 8 | at line 2, column 8 | 第 2 行第 8 列出错",
            "'{\"km\": 12' | json.truncated | 1 | 10 | ends too early, at line 1, column 10 | 第 1 行第 10 列提前结束",
            "'{\"km\": 12} x' | json.malformed | 1 | 12 | at line 1, column 12 | 第 1 行第 12 列出错",
            "'{\"km\": 12} {}' | json.trailing | 1 | 12 | More content follows the end of the document at line 1, column 12 | 结束后还有多余内容",
            "'' | json.empty | 0 | 0 | The document text is empty. | 文档 text 是空的。",
            "'null' | json.null | 0 | 0 | null is not accepted | 不接受 null",
        })
        void C10_oneProblemWithLineAndColumnInOurWords(String json, String code, int line, int column, String en,
                String zh) {
            ValidationException e = refusal(() -> AftersalesJson.read(json, Mileage.class));
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(code);
                assertThat(v.path()).isEmpty();
                assertThat(v.message().en()).contains(en).doesNotContain("Unexpected").doesNotContain("code ");
                assertThat(v.message().zh()).contains(zh);
            });
        }

        @Test
        void C10_aBrokenListIsOneProblemEvenAfterFaultyElements() {
            String json = "[{\"name\":\"a\",\"phone\":\"1\"},{\"name\":\"b\",\"phone\":\"2\"},{\"name\":}]";
            ValidationException e = refusal(() -> AftersalesJson.readList(JsonSource.of(json), Contact.class));
            assertThat(e.violations()).extracting(Violation::code).containsExactly("json.malformed");
        }

        @Test
        void C10_limitsSayTheLimitAndTheSetting() {
            String deep = "[".repeat(AftersalesJson.MAX_NESTING_DEPTH + 1) + "]".repeat(AftersalesJson.MAX_NESTING_DEPTH + 1);
            ValidationException e = refusal(() -> AftersalesJson.read(deep, Object.class));
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("json.limit.depth");
                assertThat(v.message().en()).contains("deeper than 64 levels").contains("AftersalesJson.builder");
                assertThat(v.message().zh()).contains("嵌套超过 64 层");
            });
        }
    }

    @Nested
    class EveryProblem {

        static String contacts(int count, Function<Integer, String> phone) {
            return IntStream.range(0, count)
                    .mapToObj(i -> "{\"name\":\"n" + i + "\",\"phone\":\"" + phone.apply(i) + "\"}")
                    .collect(Collectors.joining(",", "[", "]"));
        }

        @Test
        void C9_everyFaultyElementIsListedWithItsIndex() {
            String json = "[{\"name\":\"a\",\"phone\":\"13812345678\"},"
                    + "{\"name\":\"b\",\"phone\":\"010-12345678\"},"
                    + "{\"name\":\"\",\"phone\":\"13812345678\"},"
                    + "{\"name\":\"d\",\"phone\":null},"
                    + "null,"
                    + "{\"name\":\"f\",\"phone\":\"13812345678\",\"fax\":\"x\"},"
                    + "{\"name\":\"g\",\"phone\":12}]";
            ValidationException e = refusal(() -> AftersalesJson.readList(JsonSource.of(json), Contact.class));
            assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                    tuple("[1].phone.value", "phone.localStart"),
                    tuple("[2].name", "required"),
                    tuple("[3].phone", "required"),
                    tuple("[4]", "json.null"),
                    tuple("[5].fax", "json.unknownProperty"),
                    tuple("[6].phone", "json.type"));
            assertThat(e.omitted()).isZero();
            assertThat(e.violations().get(4).message().en()).contains("\"fax\"").contains("name, phone");
        }

        @Test
        void C9_aRefusalListsAtMostTheLimitAndSaysHowManyMore() {
            String json = contacts(250, i -> "1");
            ValidationException e = refusal(() -> AftersalesJson.readList(JsonSource.of(json), Contact.class));
            assertThat(e.violations()).hasSize(Violations.DEFAULT_MAX_LISTED);
            assertThat(e.violations().get(99).path()).isEqualTo("[99].phone.value");
            assertThat(e.omitted()).isEqualTo(150);
            assertThat(e.text().en()).startsWith("Invalid input (250 problems)").contains("and 150 more not listed");
            assertThat(e.text().zh()).startsWith("输入有误（共250处）").contains("另有 150 处未列出");
        }

        @Test
        void C9_theLimitIsASetting() {
            String json = contacts(30, i -> i % 2 == 0 ? "13812345678" : "2");
            ValidationException e = refusal(() -> AftersalesJson.readList(AftersalesJson.mapper(), JsonSource.of(json),
                    AftersalesJson.mapper().constructType(Contact.class), 5));
            assertThat(e.violations()).hasSize(5);
            assertThat(e.omitted()).isEqualTo(10);
        }

        @Test
        void C9_convertCollectsThePartsOfATree() {
            JsonNode tree = AftersalesJson.readTree(JsonSource.of(
                    "{\"a\":{\"km\":-1},\"b\":{\"km\":\"x\"},\"c\":{\"km\":3}}"));
            Violations problems = new Violations(JsonMessages.MESSAGES);
            Mileage a = AftersalesJson.convert(tree.get("a"), Mileage.class, "a", problems);
            Mileage b = AftersalesJson.convert(tree.get("b"), Mileage.class, "b", problems);
            Mileage c = AftersalesJson.convert(tree.get("c"), Mileage.class, "c", problems);
            Mileage d = AftersalesJson.convert(tree.get("d"), Mileage.class, "d", problems);
            assertThat(a).isNull();
            assertThat(b).isNull();
            assertThat(c).isEqualTo(Mileage.ofKm(3));
            assertThat(d).isNull();
            assertThat(problems.list()).extracting(Violation::path, Violation::code).containsExactly(
                    tuple("a.km", "mileage.range"), tuple("b.km", "json.type"), tuple("d", "json.null"));
        }

        @Test
        void C9_nullWhereAValueIsRequiredIsRefused() {
            ValidationException e = refusal(() -> AftersalesJson.read(
                    "{\"id\":\"c-1\",\"kind\":\"INDIVIDUAL\",\"name\":\"王\",\"phone\":null,"
                            + "\"preferences\":{\"channels\":[\"PHONE\"],\"noMarketing\":false},\"origin\":null}",
                    Customer.class));
            assertThat(e.violations()).extracting(Violation::path).containsExactly("phone", "origin");
        }

        @Test
        void C9_jacksonsOwnWordsNeverReachTheCaller() {
            List<String> docs = List.of("{\"km\":\"many\"}", "{\"km\":99999999999999999999999}", "{\"km\":[1]}",
                    "[1,2", "{\"km\":1,\"km\":2,}");
            for (String doc : docs) {
                ValidationException e = refusal(() -> AftersalesJson.read(doc, Mileage.class));
                assertThat(e.getMessage()).doesNotContain("Cannot deserialize").doesNotContain("Unexpected")
                        .doesNotContain("tools.jackson").doesNotContain("through reference chain");
            }
        }
    }
}
