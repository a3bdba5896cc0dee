package org.aftersales.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering of DESIGN.md across modules, checked on every library jar the demo uses:
 * domain modules never use each other, nothing outside a module uses its {@code internal}
 * packages, library code never writes to the console, and each module's descriptor exports
 * only API and SPI packages and depends on {@code org.aftersales.core} alone among ours.
 */
class ArchitectureTest {

    static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.aftersales.core", "org.aftersales.inventory", "org.aftersales.serviceflow",
                    "org.aftersales.complaints");

    @Test
    void importSeesEveryModule() {
        assertThat(LIBRARY.containPackage("org.aftersales.core.value")).isTrue();
        assertThat(LIBRARY.containPackage("org.aftersales.inventory")).isTrue();
        assertThat(LIBRARY.containPackage("org.aftersales.serviceflow")).isTrue();
        assertThat(LIBRARY.containPackage("org.aftersales.complaints")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inventory", "serviceflow", "complaints"})
    void domainModulesNeverUseEachOther(String module) {
        Set<String> others = Set.of("inventory", "serviceflow", "complaints").stream()
                .filter(m -> !m.equals(module)).map(m -> "org.aftersales." + m + "..").collect(Collectors.toSet());
        noClasses().that().resideInAPackage("org.aftersales." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .because("domain modules meet through ports in core, never through each other")
                .check(LIBRARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "inventory", "serviceflow", "complaints"})
    void internalPackagesStayInsideTheirModule(String module) {
        noClasses().that().resideOutsideOfPackage("org.aftersales." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("org.aftersales." + module + ".internal..")
                .check(LIBRARY);
    }

    /**
     * Each package is a slice, except that a package and its own {@code spi} sub-package are one:
     * an SPI speaks its API's values and the API's entry point picks the SPI's providers, as
     * {@code java.nio.channels} and {@code java.nio.channels.spi} do. {@code internal} packages
     * are slices of their own, so an API that calls an internal class which calls back is a cycle.
     */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return SliceIdentifier.of(name.endsWith(".spi") ? name.substring(0, name.length() - ".spi".length()) : name);
        }

        @Override
        public String getDescription() {
            return "packages, each with its own spi sub-package";
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"core", "inventory", "serviceflow", "complaints"})
    void noCyclesBetweenPackages(String module) {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
                .because("a package cycle ties packages together for good; every module of the library is held to"
                        + " this rule with no exemption")
                .check(LIBRARY.that(JavaClass.Predicates.resideInAPackage("org.aftersales." + module + "..")));
    }

    @Test
    void libraryCodeNeverWritesToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(LIBRARY);
    }

    /**
     * Each library module's descriptor, exactly: its requires, exports, opens, uses, provides and
     * the packages it keeps to itself, compared line by line with
     * {@code src/test/resources/module-descriptors/<module>.txt}. An export added by mistake, a
     * dependency made transitive or a provider dropped fails here; a deliberate change edits the
     * expected file in the same commit.
     */
    @ParameterizedTest
    @CsvSource({
        "org.aftersales.core, org.aftersales.core.store.Storage",
        "org.aftersales.inventory, org.aftersales.inventory.PartsInventory",
        "org.aftersales.serviceflow, org.aftersales.serviceflow.ServiceFlow",
        "org.aftersales.complaints, org.aftersales.complaints.Complaints"})
    void descriptorIsExactlyTheExpectedOne(String module, String marker) throws Exception {
        ModuleDescriptor d = descriptorOf(Class.forName(marker));
        assertThat(d.name()).isEqualTo(module);
        String expected;
        try (var in = ArchitectureTest.class.getResourceAsStream("/module-descriptors/" + module + ".txt")) {
            assertThat(in).as("expected descriptor file for " + module).isNotNull();
            expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(describe(d)).as("descriptor of %s (expected file: module-descriptors/%s.txt)", module, module)
                .isEqualTo(expected.strip());
    }

    /**
     * The descriptor as sorted lines, in the words of {@code jar --describe-module}.
     *
     * @param d the descriptor
     * @return the text
     */
    static String describe(ModuleDescriptor d) {
        List<String> lines = new ArrayList<>();
        d.requires().stream().filter(r -> !r.name().equals("java.base"))
                .map(r -> "requires " + r.modifiers().stream().map(m -> m.name().toLowerCase(Locale.ROOT) + " ")
                        .sorted().collect(Collectors.joining()) + r.name())
                .sorted().forEach(lines::add);
        d.exports().stream().map(e -> "exports " + e.source() + targets(e.targets())).sorted().forEach(lines::add);
        d.opens().stream().map(o -> "opens " + o.source() + targets(o.targets())).sorted().forEach(lines::add);
        d.uses().stream().map(u -> "uses " + u).sorted().forEach(lines::add);
        d.provides().stream().map(p -> "provides " + p.service() + " with "
                + p.providers().stream().sorted().collect(Collectors.joining(", "))).sorted().forEach(lines::add);
        Set<String> visible = new TreeSet<>();
        d.exports().forEach(e -> visible.add(e.source()));
        d.packages().stream().filter(p -> !visible.contains(p)).map(p -> "contains " + p).sorted().forEach(lines::add);
        return "module " + d.name() + "\n" + String.join("\n", lines);
    }

    private static String targets(Set<String> targets) {
        return targets.isEmpty() ? "" : " to " + targets.stream().sorted().collect(Collectors.joining(", "));
    }

    static ModuleDescriptor descriptorOf(Class<?> type) throws URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<ModuleReference> found = ModuleFinder.of(location).findAll();
        assertThat(found).hasSize(1);
        return found.iterator().next().descriptor();
    }
}
