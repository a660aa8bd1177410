package vn.nennep;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package layering of the application's own classes (tests aside): the feature packages depend on each other
 * without cycles, {@code common} depends on no feature, and bulk imports reach the features only through the import
 * door ({@code vn.nennep.imports.spi}), which each feature implements. Layers, bottom to top: common, database, audit,
 * auth and organizations, changes, zones and members, conferences and briefings, meetings, resolutions,
 * recommendations, evaluation, imports, demo.
 */
@AnalyzeClasses(packages = "vn.nennep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "vn.nennep.";

    /** Each top-level package under vn.nennep is a slice; the import door is one of its own, apart from imports. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            if ((name + ".").startsWith(ROOT + "imports.spi.")) {
                return SliceIdentifier.of("imports.spi");
            }
            String rest = name.substring(ROOT.length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "the packages of vn.nennep, vn.nennep.imports.spi apart";
        }
    };

    /**
     * No cycle between packages. auth and organizations are the one knot allowed, as one layer: rights are defined
     * on the party tree (Access reads an organization's path and type, a user or machine client belongs to an
     * organization, a role answers to an organization type), and the tree's own service and resource check those
     * rights (Access, Role) like every other feature. Every other package sits above or below the two.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().assignedFrom(FEATURES).should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("vn.nennep.auth.."), resideInAPackage("vn.nennep.organizations.."))
            .ignoreDependency(resideInAPackage("vn.nennep.organizations.."), resideInAPackage("vn.nennep.auth.."));

    /** common holds problem details, paging, ETags, time: nothing of any feature. */
    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses().that().resideInAPackage("vn.nennep.common..")
            .should().dependOnClassesThat(resideInAPackage("vn.nennep..")
                    .and(not(resideInAPackage("vn.nennep.common.."))));

    /** A feature takes part in bulk imports through the import door, never through the engine itself. */
    @ArchTest
    static final ArchRule featuresUseOnlyTheImportDoor = noClasses().that().resideOutsideOfPackage("vn.nennep.imports..")
            .should().dependOnClassesThat(resideInAPackage("vn.nennep.imports..")
                    .and(not(resideInAPackage("vn.nennep.imports.spi.."))));

    /** The import engine reads, streams, tallies and runs jobs; what a row means is the features' business. */
    @ArchTest
    static final ArchRule importEngineKnowsNoFeature = noClasses().that().resideInAPackage("vn.nennep.imports..")
            .and().resideOutsideOfPackage("vn.nennep.imports.spi..")
            .should().dependOnClassesThat(resideInAPackage("vn.nennep..")
                    .and(not(resideInAnyPackage("vn.nennep.common..", "vn.nennep.audit..", "vn.nennep.auth..",
                            "vn.nennep.imports.."))));

    /** The import door itself uses only the shared types below every feature. */
    @ArchTest
    static final ArchRule importDoorKnowsNoFeature = noClasses().that().resideInAPackage("vn.nennep.imports.spi..")
            .should().dependOnClassesThat(resideInAPackage("vn.nennep..")
                    .and(not(resideInAnyPackage("vn.nennep.common..", "vn.nennep.audit..", "vn.nennep.auth..",
                            "vn.nennep.imports.spi.."))))
            .allowEmptyShould(true);
}
