package org.aftersales.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The layering DESIGN.md asks for, checked on the compiled classes of core: the model is pure
 * (no I/O, no threads, no system clock, no console), API packages form no cycle, and the
 * module descriptor exports exactly the API and SPI packages, never {@code internal}.
 */
class LayeringTest {

    static final Path CLASSES = Path.of("target", "classes");
    static final JavaClasses CORE = new ClassFileImporter().importPath(CLASSES);

    /**
     * The domain model: values, parties, calendar, events, the state machine engine, scoring
     * and the errors and messages they raise. Storage, plugin hosting, JSON and validation are
     * the infrastructure around it and may use I/O and concurrency.
     */
    static final String[] MODEL = {
        "org.aftersales.core.id..", "org.aftersales.core.value..", "org.aftersales.core.party..",
        "org.aftersales.core.calendar..", "org.aftersales.core.event..", "org.aftersales.core.statemachine..",
        "org.aftersales.core.scoring..", "org.aftersales.core.i18n..", "org.aftersales.core.error.."};

    @Test
    void importSeesTheWholeModule() {
        assertThat(CORE.size()).isGreaterThan(50);
        assertThat(CORE.containPackage("org.aftersales.core.value")).isTrue();
    }

    @Test
    void modelTouchesNoIo() {
        noClasses().that().resideInAnyPackage(MODEL)
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
        noClasses().that().doNotHaveFullyQualifiedName("org.aftersales.core.store.Storage$Builder")
                .should().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from an injected java.time.Clock; only the storage builder defaults to UTC"
                        + " when the embedder gives none")
                .check(CORE);
    }

    @Test
    void noConsoleOutput() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("a library reports through return values and exceptions, never the console")
                .check(CORE);
    }
}
