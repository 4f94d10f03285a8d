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
            .layer("Chart").definedBy("org.oxidation.chart..")
            .layer("Export").definedBy("org.oxidation.export..")
            .layer("Git").definedBy("org.oxidation.git..")
            .layer("Layout").definedBy("org.oxidation.layout..")
            .layer("Count").definedBy("org.oxidation.count..")
            .layer("Model").definedBy("org.oxidation.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Chart").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Git").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Chart", "Ui", "Cli")
            .whereLayer("Count").mayOnlyBeAccessedByLayers("Git", "Export", "Chart", "Ui", "Cli")
            .because("data flows one way: git → count → model → layout → chart → ui / export (docs/ARCHITECTURE.md)");

    /** The views' packages: each draws one chart and knows no other. */
    private static final String[] VIEWS = {"org.oxidation.ui.timeline..", "org.oxidation.ui.share..",
        "org.oxidation.ui.treemap..", "org.oxidation.ui.compare.."};

    @ArchTest
    static final ArchRule chartModelsUseNoToolkit = noClasses().that().resideInAPackage("org.oxidation.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.jgit..", "org.oxidation.git..",
                    "org.oxidation.ui..")
            .because("what a view draws is worked out off the FX thread and tested without a toolkit; the views only "
                    + "draw it, so the window and the export command draw the same picture");

    @ArchTest
    static final ArchRule viewsOnlyDraw = noClasses().that().resideInAnyPackage(VIEWS)
            .should().dependOnClassesThat().resideInAnyPackage("org.oxidation.git..", "org.eclipse.jgit..",
                    "org.oxidation.ui.app..", "org.oxidation.ui.export..", "org.oxidation.cli..")
            .because("a view draws a chart model from its state: reading git, the window and the export belong "
                    + "elsewhere, so a view draws the same in a tab and in an export");

    @ArchTest
    static final ArchRule timelineViewUsesNoOtherView = viewUsesNoOtherView("timeline");
    @ArchTest
    static final ArchRule shareViewUsesNoOtherView = viewUsesNoOtherView("share");
    @ArchTest
    static final ArchRule treemapViewUsesNoOtherView = viewUsesNoOtherView("treemap");
    @ArchTest
    static final ArchRule compareViewUsesNoOtherView = viewUsesNoOtherView("compare");

    private static ArchRule viewUsesNoOtherView(String view) {
        String own = "org.oxidation.ui." + view + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(VIEWS)
                        .filter(other -> !other.equals(own)).toArray(String[]::new))
                .because("views are independent: what they share lives in ui.common or in the chart models");
    }

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
