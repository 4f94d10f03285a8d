package org.oxidation.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LayoutPackageRulesTest {

    @Test
    void layoutUsesOnlyTheJavaPlatformAndTheModel() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oxidation.layout");
        classes().that().resideInAPackage("org.oxidation.layout")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.oxidation.layout", "org.oxidation.model")
                .check(production);
    }
}
