package org.imroc.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout rules of docs/architecture.md, checked so the package-by-feature design stays true. */
class ArchitectureTest {

    private static final String ROOT = "org.imroc.tracker";
    private static final Pattern FEATURE = Pattern.compile("^org\\.imroc\\.tracker\\.([a-z]+)(\\..*)?$");
    /** Packages every feature may use in full: conventions, and who the caller is. */
    private static final Set<String> KERNEL = Set.of("common", "caller");

    private static final int MAX_CLASSES_PER_PACKAGE = 40;

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featureSlicesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".common..")
                .should()
                .dependOnClassesThat(new DescribedPredicate<JavaClass>("a feature class") {
                    @Override
                    public boolean test(JavaClass target) {
                        String feature = featureOf(target);
                        return feature != null && !feature.equals("common");
                    }
                })
                .check(classes);
    }

    /**
     * What may cross a feature boundary is decided by what a class is, not by its name: entities, embeddables, enums,
     * interfaces, repositories and services (CDI beans that are not resources), and the types they declare. A
     * feature's resources, records (DTOs, forms, values) and other classes are its own, whatever they are called.
     */
    @Test
    void aFeatureUsesOnlyTheEntitiesRepositoriesAndServicesOfAnother() {
        classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(
                        new ArchCondition<JavaClass>(
                                "use only the entities, enums, repositories and services of other features") {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                String own = featureOf(origin);
                                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass target = dependency.getTargetClass();
                                    String other = featureOf(target);
                                    if (other != null
                                            && own != null
                                            && !other.equals(own)
                                            && !KERNEL.contains(other)
                                            && !mayCrossFeatures(target)) {
                                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                                    }
                                }
                            }
                        })
                .check(classes);
    }

    @Test
    void resourcesDoNotTouchRepositoriesOrTransactions() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .and()
                .resideInAPackage(ROOT + "..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(PanacheRepositoryBase.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(classes);
    }

    /**
     * A lifecycle state changes only through a transitions endpoint checked against the entity's table, never by a
     * merge patch: no update form holds a status or phase.
     */
    @Test
    void updateFormsHoldNoLifecycleState() {
        noFields()
                .that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Update")
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage(ROOT + "..")
                .should()
                .haveName("status")
                .orShould()
                .haveName("phase")
                .orShould(new ArchCondition<JavaField>("have a type named like a lifecycle state") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        String type = field.getRawType().getSimpleName();
                        if (type.endsWith("Status") || type.endsWith("Phase") || type.endsWith("Stage")) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + type));
                        }
                    }
                })
                .check(classes);
    }

    /**
     * One way to validate: a service checks scope first and then calls {@code validation.require(request)}; a
     * resource never validates with {@code @Valid} (which would run before the scope check, and answer another
     * Trust's caller 422 instead of 404).
     */
    @Test
    void resourcesLeaveValidationToServices() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .should(new ArchCondition<JavaMethod>("take no @Valid parameter") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getParameters().stream()
                                .filter(p -> p.isAnnotatedWith(jakarta.validation.Valid.class))
                                .forEach(p -> events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " validates with @Valid")));
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Every top-level class has a simple name of its own, so a name says which thing it is wherever it is read. */
    @Test
    void simpleNamesAreUnique() {
        Map<String, List<String>> byName = new TreeMap<>();
        classes.stream()
                .filter(c ->
                        c.getEnclosingClass().isEmpty() && !c.getSimpleName().isEmpty())
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), n -> new ArrayList<>())
                        .add(c.getName()));
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("simple names used by more than one class").isEmpty();
    }

    /**
     * The SPC and run-chart engine takes numbers, not entities: it depends on the JDK and on itself only (no JPA, no
     * Jakarta, no OpenAPI or Jackson annotations, nothing else of the tracker), so its rules can be read and tested
     * alone. What it returns goes on the wire through measure's own records.
     */
    @Test
    void theSpcEngineDependsOnlyOnTheJdk() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".measure.spc..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", ROOT + ".measure.spc..")
                .check(classes);
    }

    /**
     * The breakdown engine (the catalogue of codes, parts that add up, rate ratios and small-number suppression) takes
     * numbers, not entities: like the SPC engine it depends on the JDK and on itself only.
     */
    @Test
    void theBreakdownEngineDependsOnlyOnTheJdk() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".measure.breakdown..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", ROOT + ".measure.breakdown..")
                .check(classes);
    }

    /** The drawing takes the engine's results and plain values, never a JPA entity. */
    @Test
    void theDrawingTakesNoEntities() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".measure.chart..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Embeddable.class)
                .check(classes);
    }

    /** Besides the JDK and the engine, the drawing uses only the SVG and JSON conventions of common. */
    @Test
    void theDrawingUsesOnlyTheEngineAndTheSvgConventions() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".measure.chart..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        ROOT + ".measure.spc..",
                        ROOT + ".measure.chart..",
                        ROOT + ".common.svg..",
                        ROOT + ".common.json..")
                .check(classes);
    }

    /**
     * A package of more than {@value #MAX_CLASSES_PER_PACKAGE} top-level classes is a warehouse, not one thing: split
     * it by what its parts are.
     */
    @Test
    void noPackageHoldsMoreThanFortyClasses() {
        Map<String, Integer> sizes = new TreeMap<>();
        classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .forEach(c -> sizes.merge(c.getPackageName(), 1, Integer::sum));
        sizes.values().removeIf(size -> size <= MAX_CLASSES_PER_PACKAGE);
        assertThat(sizes).as("packages with more than 40 top-level classes").isEmpty();
    }

    /** Every create or idempotent write goes through Creations, which checks a replay against the caller's scope. */
    @Test
    void onlyCreationsRunsIdempotentWrites() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..")
                .and()
                .resideOutsideOfPackage(ROOT + ".common..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("IdempotencyService")
                .check(classes);
    }

    /**
     * One write sequence: only {@code Writes} checks If-Match on a stored resource, and a service never records an
     * update, transition or delete by hand (Writes does, by the diff of before and after). A creation, a security
     * event or a bulk update whose fields no representation shows ({@code updatedFields}) are recorded directly.
     */
    @Test
    void onlyWritesChecksIfMatch() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".common.write.Writes")
                .should()
                .callMethod(ROOT + ".common.http.Preconditions", "requireMatch", "java.lang.String", "long")
                .check(classes);
    }

    @Test
    void servicesLeaveTransitionsAndDeletesToWrites() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..")
                .should()
                .callMethodWhere(new DescribedPredicate<JavaMethodCall>("AuditLog.transitioned or AuditLog.deleted") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().getSimpleName().equals("AuditLog")
                                && Set.of("transitioned", "deleted").contains(call.getName())
                                && !isLeavingALearningSet(call);
                    }
                })
                .check(classes);
    }

    /** The one hand-recorded transition: a member's leaving takes no If-Match (a member has no ETag). */
    private static boolean isLeavingALearningSet(JavaMethodCall call) {
        return call.getOriginOwner().getSimpleName().equals("LearningSetService")
                && call.getOrigin().getName().equals("leave");
    }

    private static boolean mayCrossFeatures(JavaClass target) {
        JavaClass outermost = target;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        if (outermost.isAnnotatedWith(Path.class)) {
            return false;
        }
        return outermost.isAnnotatedWith(Entity.class)
                || outermost.isAnnotatedWith(Embeddable.class)
                || outermost.isAnnotatedWith(MappedSuperclass.class)
                || outermost.isEnum()
                || outermost.isInterface()
                || outermost.isAssignableTo(PanacheRepositoryBase.class)
                || outermost.isAnnotatedWith(ApplicationScoped.class)
                || outermost.isAnnotatedWith(RequestScoped.class);
    }

    private static String featureOf(JavaClass javaClass) {
        Matcher matcher = FEATURE.matcher(javaClass.getPackageName());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
