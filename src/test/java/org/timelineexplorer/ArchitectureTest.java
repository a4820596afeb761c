package org.timelineexplorer;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.Node;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the code, as rules the build checks (the application's classes only, not the tests'). From the
 * bottom up:
 * <ul>
 *   <li>{@code i18n}: the languages and the bundles of texts in them; nothing of ours, usable by all.</li>
 *   <li>{@code model}: records and the observable state; only {@code i18n} (the language in use), and no scene
 *       graph.</li>
 *   <li>{@code fonts}: the bundled typeface; nothing of ours.</li>
 *   <li>{@code color}: colour rules (WCAG contrast) the controls and the window share; nothing of ours.</li>
 *   <li>{@code css}: building a control's CSS properties, which every control and the window's own nodes share;
 *       nothing of ours.</li>
 *   <li>{@code io}: reading and validating datasets; only {@code model}, and no scene graph.</li>
 *   <li>{@code quiz}: the quiz's rules (drawing a round from a seed, scoring, round codes); only {@code model},
 *       and no scene graph. Its views are in {@code ui.quiz}.</li>
 *   <li>{@code timeline}, {@code chart}, {@code map}: generic controls (Control + Skin + CSS); only {@code model},
 *       {@code color} and {@code css}, and not
 *       each other, so each knows nothing of the window, the files or the exports.</li>
 *   <li>{@code export}: pictures of the controls, and writing them; frames any node without looking inside it
 *       for a particular control (only {@code Pictures} builds our controls, through their public API).</li>
 *   <li>{@code cli}: the command line; not the window ({@code ui}).</li>
 *   <li>{@code ui}: the window's views and controllers; not the command line.</li>
 *   <li>{@code app}: the entry points, which put the rest together; nothing depends on it.</li>
 * </ul>
 * A package added later gets its place here before its first class lands, or the build fails: a map is a control
 * ({@code map}, beside {@code timeline}); a PDF is an export ({@code export.pdf}, under the export rules); the quiz
 * and the editor are views ({@code ui.quiz}, {@code ui.editor}), whose state lives in {@code model} or a view model of
 * their own that plain JUnit tests.
 */
@AnalyzeClasses(packages = "org.timelineexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String OURS = "org.timelineexplorer";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("app").definedBy(OURS + ".app..")
            .layer("ui").definedBy(OURS + ".ui..")
            .layer("cli").definedBy(OURS + ".cli..")
            .layer("export").definedBy(OURS + ".export..")
            .layer("timeline").definedBy(OURS + ".timeline..")
            .layer("chart").definedBy(OURS + ".chart..")
            .layer("map").definedBy(OURS + ".map..")
            .layer("quiz").definedBy(OURS + ".quiz..")
            .layer("io").definedBy(OURS + ".io..")
            .layer("fonts").definedBy(OURS + ".fonts..")
            .layer("color").definedBy(OURS + ".color..")
            .layer("css").definedBy(OURS + ".css..")
            .layer("i18n").definedBy(OURS + ".i18n..")
            .layer("model").definedBy(OURS + ".model..")

            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyAccessLayers("export", "timeline", "chart", "map", "quiz", "io", "fonts",
                    "color", "css", "i18n", "model")
            .whereLayer("cli").mayOnlyAccessLayers("export", "io", "i18n", "model")
            .whereLayer("export").mayOnlyAccessLayers("timeline", "chart", "map", "fonts", "color", "css", "i18n",
                    "model")
            .whereLayer("timeline").mayOnlyAccessLayers("color", "css", "i18n", "model")
            .whereLayer("chart").mayOnlyAccessLayers("color", "css", "i18n", "model")
            .whereLayer("map").mayOnlyAccessLayers("color", "css", "i18n", "model")
            .whereLayer("quiz").mayOnlyAccessLayers("i18n", "model")
            .whereLayer("io").mayOnlyAccessLayers("i18n", "model")
            .whereLayer("fonts").mayNotAccessAnyLayer()
            .whereLayer("color").mayNotAccessAnyLayer()
            .whereLayer("css").mayNotAccessAnyLayer()
            .whereLayer("i18n").mayNotAccessAnyLayer()
            .whereLayer("model").mayOnlyAccessLayers("i18n");

    @ArchTest
    static final ArchRule theModelAndTheReadersHaveNoSceneGraph = noClasses()
            .that().resideInAnyPackage(OURS + ".model..", OURS + ".io..", OURS + ".quiz..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("the model, the readers and the quiz's rules run on any thread and in plain JUnit tests");

    @ArchTest
    static final ArchRule theFrameTakesAnyNode = noClasses()
            .that().resideInAPackage(OURS + ".export..").and().doNotHaveSimpleName("Pictures")
            .should().dependOnClassesThat().resideInAnyPackage(OURS + ".timeline..", OURS + ".chart..",
                    OURS + ".map..")
            .because("framing, sizing and writing a picture work the same for whatever is in it");

    @ArchTest
    static final ArchRule exportsDoNotSearchForControls = noClasses()
            .that().resideInAPackage(OURS + ".export..")
            .should().callMethodWhere(describe("Node.lookup or lookupAll", (JavaCall<?> call) ->
                    call.getTarget().getOwner().isAssignableTo(Node.class)
                            && call.getName().startsWith("lookup")))
            .because("a picture is built from what it shows, not by finding controls by style class");

    @ArchTest
    static final ArchRule noCycles = slices().matching(OURS + ".(*)..").should().beFreeOfCycles();
}
