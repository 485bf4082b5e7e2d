package vn.thidua.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The house rules of shared/ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static final List<String> MODULES =
            List.of("platform", "organisation", "campaigns", "commendation", "reporting", "webapp");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.thidua");
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "organisation", "campaigns", "commendation", "reporting"})
    void noOtherModuleReachesIntoAModulesInternals(String module) {
        noClasses().that().resideOutsideOfPackage("vn.thidua." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("vn.thidua." + module + ".internal..")
                .because("other modules use only the published API of " + module)
                .check(classes);
    }

    @Test
    void modulesDependOnEachOtherInOneDirectionOnly() {
        slices().matching("vn.thidua.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void lowerModulesDoNotDependOnHigherOnes() {
        noClasses().that().resideInAPackage("vn.thidua.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.thidua.organisation..", "vn.thidua.campaigns..", "vn.thidua.commendation..",
                        "vn.thidua.reporting..", "vn.thidua.webapp..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.thidua.organisation..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.thidua.campaigns..", "vn.thidua.commendation..", "vn.thidua.reporting..",
                        "vn.thidua.webapp..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.thidua.campaigns..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.thidua.commendation..", "vn.thidua.reporting..", "vn.thidua.webapp..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.thidua.commendation..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.thidua.reporting..", "vn.thidua.webapp..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.thidua.reporting..")
                .should().dependOnClassesThat().resideInAPackage("vn.thidua.webapp..")
                .because("the webapp assembles the modules; none of them knows it")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "organisation", "campaigns", "commendation", "reporting"})
    void aModulesPublishedApiDoesNotLeanOnItsOwnInternals(String module) {
        noClasses().that().resideInAPackage("vn.thidua." + module + "..")
                .and().resideOutsideOfPackage("vn.thidua." + module + ".internal..")
                .should().dependOnClassesThat().resideInAPackage("vn.thidua." + module + ".internal..")
                .because("what other modules may use must not change when an internal class does")
                .check(classes);
    }

    @Test
    void entitiesLiveInInternalDomainAndResourcesInInternalRest() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(jakarta.persistence.MappedSuperclass.class)
                .and().resideOutsideOfPackage("vn.thidua.platform..")
                .should().resideInAPackage("vn.thidua.*.internal.domain..")
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .and().resideOutsideOfPackage("vn.thidua.webapp..")
                .should().resideInAPackage("vn.thidua.*.internal.rest..")
                .check(classes);
    }

    @Test
    void theProvincesDateComesFromOneClock() {
        noClasses().that().doNotHaveSimpleName("ProvinceClock")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .because("today is Vietnam's date whatever zone the server runs in: ProvinceClock.today(), thisYear()")
                .check(classes);
    }

    @Test
    void noServiceReachesIntoAnotherPackagesImplementation() {
        classes.stream().flatMap(type -> type.getFields().stream())
                .filter(field -> field.getRawType().getSimpleName().startsWith("Default")
                        && field.getRawType().getPackageName().startsWith("vn.thidua"))
                .forEach(field -> assertThat(field.getRawType().getPackageName())
                        .as("%s injects %s: another package's implementation (use its interface)", field.getFullName(),
                                field.getRawType().getName())
                        .isEqualTo(field.getOwner().getPackageName()));
    }

    @Test
    void pageBeansAreViewsAndPublishedRecordsAreDetails() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(jakarta.inject.Named.class)
                .should().haveSimpleNameEndingWith("View")
                .check(classes);
        noClasses().that().areRecords().and().resideOutsideOfPackage("..internal..")
                .and().resideOutsideOfPackage("vn.thidua.webapp..")
                .should().haveSimpleNameEndingWith("View")
                .because("a page bean is a *View; what a module publishes is *Details")
                .check(classes);
    }

    @Test
    void requestBodiesAreBoundByThePlatformAndNamedOnce() {
        noClasses().that().resideOutsideOfPackage("vn.thidua.platform.rest..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.thidua.platform.rest.JsonBodies")
                .because("a body is a RequestBody record, bound and validated by RecordBodyReader")
                .check(classes);
        Map<String, List<String>> byName = new java.util.TreeMap<>();
        classes.stream().filter(c -> c.isRecord() && c.getPackageName().matches("vn\\.thidua\\..*\\.rest"))
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), k -> new java.util.ArrayList<>())
                        .add(c.getName()));
        assertThat(byName.values().stream().filter(names -> names.size() > 1).toList())
                .as("the OpenAPI document names a body's schema by its simple name: one name, one record").isEmpty();
    }

    @Test
    void theDocumentsAModuleWritesSitInOnePlace() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().haveSimpleNameEndingWith("Pdf").or().haveSimpleNameEndingWith("Workbook")
                .or().haveSimpleName("RecordExports").and().areNotAnnotatedWith(Entity.class)
                .should().resideInAPackage("vn.thidua.*.internal.documents")
                .because("a newcomer looking for how a PDF or a workbook is written finds one package per module")
                .check(classes);
    }

    @Test
    void pageBeansKeptInTheSessionOrTheViewAreSerializable() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                .or().areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
                .or().areAnnotatedWith(jakarta.enterprise.context.ConversationScoped.class)
                .should().implement(java.io.Serializable.class)
                .because("a node of the cluster may go: the session and the view state move to another")
                .check(classes);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        List<String> missing = new java.util.ArrayList<>();
        for (String module : MODULES) {
            Path sources = Path.of("..", module, "src/main/java");
            try (var files = Files.walk(sources)) {
                files.filter(Files::isDirectory).filter(directory -> {
                    try (var java = Files.list(directory)) {
                        return java.anyMatch(f -> f.toString().endsWith(".java"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).filter(directory -> !Files.isRegularFile(directory.resolve("package-info.java")))
                        .forEach(directory -> missing.add(sources.relativize(directory).toString()));
            }
        }
        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }

    @Test
    void everyModuleWithEntitiesIsInThePersistenceUnit() throws IOException {
        Set<String> modulesWithEntities = new TreeSet<>();
        classes.stream().filter(type -> type.isAnnotatedWith(Entity.class))
                .forEach(type -> modulesWithEntities.add(type.getPackageName().split("\\.")[2]));
        String persistenceXml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));

        assertThat(modulesWithEntities).isNotEmpty().allSatisfy(module ->
                assertThat(persistenceXml).contains("<jar-file>lib/" + module + ".jar</jar-file>"));
        assertThat(MODULES).containsAll(modulesWithEntities);
    }

    @Test
    void entityTablesCarryTheirModulesPrefix() {
        classes.stream().filter(type -> type.isAnnotatedWith(Entity.class)).forEach(type -> {
            String module = type.getPackageName().split("\\.")[2];
            String table = type.getAnnotationOfType(jakarta.persistence.Table.class).name();
            String prefix = switch (module) {
                case "platform" -> "plt_";
                case "organisation" -> "org_";
                case "campaigns" -> "cmp_";
                case "commendation" -> "cmd_";
                case "reporting" -> "rpt_";
                default -> throw new AssertionError("Entity outside a module: " + type.getName());
            };
            assertThat(table).as(type.getName()).startsWith(prefix);
        });
    }
}
