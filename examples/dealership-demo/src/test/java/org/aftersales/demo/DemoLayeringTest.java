package org.aftersales.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The demo's own packages: no cycles, and the day knows nothing of the command line. */
class DemoLayeringTest {

    static final JavaClasses DEMO;

    static {
        // only the demo's own classes matter here: do not resolve the library and its dependencies
        ArchConfiguration config = ArchConfiguration.get();
        boolean before = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            DEMO = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.aftersales.demo");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(before);
        }
    }

    @Test
    void demoPackagesHaveNoCycles() {
        slices().matching("org.aftersales.demo.(*)..").should().beFreeOfCycles().check(DEMO);
    }

    @Test
    void theDayKnowsNothingOfTheToolOrTheOtherCommands() {
        noClasses().that().resideInAPackage("org.aftersales.demo.day..").should().dependOnClassesThat()
                .resideInAnyPackage("org.aftersales.demo.cli..", "org.aftersales.demo.parts..").check(DEMO);
    }
}
