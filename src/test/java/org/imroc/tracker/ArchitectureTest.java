package org.imroc.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout rules of docs/architecture.md, checked so the package-by-feature design stays true. */
class ArchitectureTest {

    private static final String ROOT = "org.imroc.tracker";
    private static final Pattern FEATURE = Pattern.compile("^org\\.imroc\\.tracker\\.([a-z]+)(\\..*)?$");
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("a feature class") {
                    @Override
                    public boolean test(JavaClass target) {
                        String feature = featureOf(target);
                        return feature != null && !feature.equals("common");
                    }
                })
                .check(classes);
    }

    @Test
    void aFeatureNeverUsesAnotherFeaturesResourceOrDtos() {
        classes().that().resideInAPackage(ROOT + "..")
                .should(new ArchCondition<JavaClass>("use only the entities, repositories and services of other features") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = featureOf(origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            String other = featureOf(target);
                            if (other != null && own != null && !other.equals(own) && !other.equals("common")
                                    && isWebFacing(target)) {
                                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void resourcesDoNotTouchRepositoriesOrTransactions() {
        noClasses().that().haveSimpleNameEndingWith("Resource").and().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(classes);
    }

    private static boolean isWebFacing(JavaClass target) {
        String name = target.getSimpleName();
        if (target.isNestedClass()) {
            name = target.getEnclosingClass().map(JavaClass::getSimpleName).orElse(name);
        }
        return name.endsWith("Resource") || name.endsWith("Request") || name.endsWith("Response")
                || name.endsWith("Patch");
    }

    private static String featureOf(JavaClass javaClass) {
        Matcher matcher = FEATURE.matcher(javaClass.getPackageName());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
