package org.aftersales.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layering DESIGN.md asks for, checked on the compiled classes of core: the model is pure
 * (no I/O, no threads, no system clock, no console), API packages form no cycle, and the
 * module descriptor exports exactly the API and SPI packages, never {@code internal}.
 */
class LayeringTest {

    static final Path CLASSES = Path.of("target", "classes");
    static final JavaClasses CORE = new ClassFileImporter().importPath(CLASSES);

    @Test
    void importSeesTheWholeModule() {
        assertThat(CORE.size()).isGreaterThan(50);
        assertThat(CORE.containPackage("org.aftersales.core.value")).isTrue();
    }

    @Test
    void modelTouchesNoIo() {
        noClasses().that().resideOutsideOfPackages("..json..", "..validation..")
                .and().doNotHaveFullyQualifiedName("org.aftersales.core.internal.BundledResources")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .orShould().dependOnClassesThat().resideInAPackage("java.util.concurrent")
                .because("the domain model is pure: storage and transport belong to SPI implementations")
                .check(CORE.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Throwable.class))));
    }

    @Test
    void noSystemClock() {
        noClasses().should().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from an injected java.time.Clock")
                .check(CORE);
    }

    @Test
    void noConsoleOutput() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("a library reports through return values and exceptions, never the console")
                .check(CORE);
    }

    @Test
    void apiPackagesFormNoCycle() {
        slices().matching("org.aftersales.core.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("..internal.."))
                .check(CORE);
    }

    @Test
    void descriptorExportsApiAndSpiButNeverInternal() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(descriptor.name()).isEqualTo("org.aftersales.core");
        assertThat(exported).noneMatch(p -> p.contains(".internal")).contains(
                "org.aftersales.core.error", "org.aftersales.core.i18n", "org.aftersales.core.id",
                "org.aftersales.core.value", "org.aftersales.core.json", "org.aftersales.core.event",
                "org.aftersales.core.calendar", "org.aftersales.core.party", "org.aftersales.core.validation",
                "org.aftersales.core.statemachine", "org.aftersales.core.scoring", "org.aftersales.core.scoring.spi");
        Set<String> packages = descriptor.packages();
        assertThat(packages).as("every package but internal ones is exported")
                .filteredOn(p -> !p.contains(".internal"))
                .allMatch(exported::contains);
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("tools.jackson.databind", "jakarta.validation", "org.hibernate.validator", "com.google.common");
    }
}
