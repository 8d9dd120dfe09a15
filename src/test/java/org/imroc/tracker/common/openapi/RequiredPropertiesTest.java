package org.imroc.tracker.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;
import org.junit.jupiter.api.Test;

/**
 * What a representation's interface promises is never null, the contract marks required (decision 0021): the id and
 * version of an {@link Identified} record and the Trust of a {@link TrustOwned} one, wherever the record writes them
 * as its own components (an accessor Jackson ignores is not part of the answer, so it is not marked).
 */
class RequiredPropertiesTest {

    private static final Map<Class<?>, List<String>> PROMISED = Map.of(
            Identified.class, List.of("id", "version"),
            TrustOwned.class, List.of("trustId"));

    @Test
    void everyPromisedComponentOfARepresentationIsRequiredInTheContract() throws NoSuchFieldException {
        List<String> unmarked = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.imroc.tracker")) {
            Class<?> type = javaClass.reflect();
            if (!type.isRecord()) {
                continue;
            }
            for (Map.Entry<Class<?>, List<String>> promise : PROMISED.entrySet()) {
                if (!promise.getKey().isAssignableFrom(type)) {
                    continue;
                }
                for (RecordComponent component : type.getRecordComponents()) {
                    if (promise.getValue().contains(component.getName())
                            && !component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                        checked++;
                        // @Schema does not target record components: Java puts it on the field (and parameter)
                        Schema schema =
                                type.getDeclaredField(component.getName()).getAnnotation(Schema.class);
                        if (schema == null || !schema.required()) {
                            unmarked.add(type.getSimpleName() + "." + component.getName());
                        }
                    }
                }
            }
        }
        assertThat(checked).as("components checked").isGreaterThan(40);
        assertThat(unmarked).as("components without @Schema(required = true)").isEmpty();
    }
}
