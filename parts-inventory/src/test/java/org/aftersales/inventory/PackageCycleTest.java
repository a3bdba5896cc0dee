package org.aftersales.inventory;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No cycles between the packages of the module (issue 10), under the rule of DESIGN.md: each
 * package is its own slice, except that a package and its own {@code spi} subpackage count as
 * one. No dependency is exempted.
 */
class PackageCycleTest {

    static final String BASE = "org.aftersales.inventory";

    /** Each package is a slice; {@code x.spi} belongs to {@code x}. */
    static final SliceAssignment PACKAGE_WITH_ITS_SPI = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.equals(BASE) && !pkg.startsWith(BASE + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(pkg.endsWith(".spi") ? pkg.substring(0, pkg.length() - ".spi".length()) : pkg);
        }

        @Override
        public String getDescription() {
            return "packages of " + BASE + ", each with its own spi subpackage";
        }
    };

    static final ArchRule NO_CYCLES = slices().assignedFrom(PACKAGE_WITH_ITS_SPI).should().beFreeOfCycles()
            .because("an API package and a package it uses must never use each other (issue 10)");

    @Test
    void noCyclesBetweenThePackagesOfTheModule() {
        JavaClasses main = new ClassFileImporter().importPath(Path.of("target", "classes"));
        assertThat(main.containPackage(BASE)).isTrue();
        assertThat(main.containPackage(BASE + ".spi")).isTrue();
        NO_CYCLES.check(main);
    }

    @Test
    void theRuleFindsAnInternalPackageThatUsesItsApiBackButAllowsTheSpi() {
        JavaClasses fixture = new ClassFileImporter()
                .importPath(Path.of("target", "test-classes", "org", "aftersales", "inventory", "cyclefixture"));
        assertThat(fixture.containPackage(BASE + ".cyclefixture.internal")).isTrue();
        assertThatThrownBy(() -> NO_CYCLES.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Slice " + BASE + ".cyclefixture ->")
                .hasMessageContaining("Slice " + BASE + ".cyclefixture.internal");
        JavaClasses withoutInternal = fixture.that(JavaClass.Predicates.resideOutsideOfPackage("..internal.."));
        NO_CYCLES.check(withoutInternal);
    }
}
