package org.oxidation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The one-way data flow git → count → model → layout → ui / export, enforced. */
@AnalyzeClasses(packages = "org.oxidation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersOnlyDependDownstream = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("App").definedBy("org.oxidation")
            .layer("Cli").definedBy("org.oxidation.cli..")
            .layer("Ui").definedBy("org.oxidation.ui..")
            .layer("Export").definedBy("org.oxidation.export..")
            .layer("Git").definedBy("org.oxidation.git..")
            .layer("Layout").definedBy("org.oxidation.layout..")
            .layer("Count").definedBy("org.oxidation.count..")
            .layer("Model").definedBy("org.oxidation.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Git").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Count").mayOnlyBeAccessedByLayers("Git", "Export", "Ui", "Cli")
            .because("data flows one way: git → count → model → layout → ui / export (docs/ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = classes().that().resideInAPackage("org.oxidation.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.oxidation.model..")
            .because("the model is plain immutable data that every layer can share and test without a UI or git");

    @ArchTest
    static final ArchRule countingAndLayoutAreFreeOfGitAndJavaFx = noClasses()
            .that().resideInAnyPackage("org.oxidation.count..", "org.oxidation.layout..", "org.oxidation.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "javafx..")
            .because("counting, layout and CSV are pure functions over data, testable without a repository or a screen");

    @ArchTest
    static final ArchRule gitDoesNotDraw = noClasses().that().resideInAPackage("org.oxidation.git..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("sampling runs headless in the count command");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrintsToStdout = noClasses()
            .that().resideOutsideOfPackage("org.oxidation.cli..")
            .should().accessField(System.class, "out")
            .because("stdout belongs to the headless commands; everything else reports through return values or a ProgressMonitor");
}
