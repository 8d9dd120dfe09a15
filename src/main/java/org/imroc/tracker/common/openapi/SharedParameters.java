package org.imroc.tracker.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes once, under {@code components/parameters}, each parameter that several operations declare alike (a path's
 * {@code trustId}, If-Match, If-None-Match, Idempotency-Key, the paging limit and cursor …), and lets the operations
 * name it by reference. A parameter one operation words differently stays where it is, so nothing is made to look
 * shared that is not. The component is named after the parameter ({@code If-Match} → {@code IfMatch}), with where it
 * goes added when two places use the name ({@code TrustIdPath}, {@code TrustIdQuery}). Runs last: the other steps
 * read the operations' parameters by name.
 */
final class SharedParameters {

    static final String PARAMETERS = "#/components/parameters/";

    private SharedParameters() {}

    static void share(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, List<Parameter>> byPlace = new LinkedHashMap<>();
        Map<String, Long> places = new LinkedHashMap<>();
        operationParameters(openAPI).forEach(parameter -> {
            if (parameter.getRef() == null) {
                byPlace.computeIfAbsent(place(parameter), name -> new ArrayList<>())
                        .add(parameter);
            }
        });
        byPlace.keySet().forEach(place -> places.merge(place.substring(place.indexOf(' ') + 1), 1L, Long::sum));
        Map<String, String> names = new LinkedHashMap<>();
        byPlace.keySet().forEach(place -> {
            String in = place.substring(0, place.indexOf(' '));
            String name = place.substring(place.indexOf(' ') + 1);
            names.put(place, places.get(name) > 1 ? name + capitalised(in) : name);
        });
        byPlace.forEach((place, declared) -> {
            String name = names.get(place);
            if (declared.size() > 1
                    && declared.stream().allMatch(parameter -> alike(parameter, declared.get(0)))
                    && (openAPI.getComponents().getParameters() == null
                            || !openAPI.getComponents().getParameters().containsKey(name))) {
                openAPI.getComponents().addParameter(name, declared.get(0));
            }
        });
        if (openAPI.getComponents().getParameters() == null) {
            return;
        }
        Map<String, Parameter> shared = openAPI.getComponents().getParameters();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() == null) {
                        return;
                    }
                    List<Parameter> referenced = new ArrayList<>();
                    operation.getParameters().forEach(parameter -> {
                        String name = parameter.getRef() == null ? names.get(place(parameter)) : null;
                        referenced.add(
                                name != null && alike(parameter, shared.get(name))
                                        ? OASFactory.createParameter().ref(PARAMETERS + name)
                                        : parameter);
                    });
                    operation.setParameters(referenced);
                }));
    }

    /** The same parameter in every word of the contract, however it was built (the model compares instances). */
    private static boolean alike(Parameter one, Parameter other) {
        return other != null && written(one).equals(written(other));
    }

    private static String written(Parameter parameter) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("name", parameter.getName());
        fields.put("in", parameter.getIn());
        fields.put("description", parameter.getDescription());
        fields.put("required", parameter.getRequired());
        fields.put("deprecated", parameter.getDeprecated());
        fields.put("allowEmptyValue", parameter.getAllowEmptyValue());
        fields.put("style", parameter.getStyle());
        fields.put("explode", parameter.getExplode());
        fields.put("allowReserved", parameter.getAllowReserved());
        fields.put(
                "schema",
                parameter.getSchema() == null ? null : parameter.getSchema().getAll());
        fields.put("example", parameter.getExample());
        fields.put("examples", parameter.getExamples());
        fields.put("content", parameter.getContent());
        fields.put("extensions", parameter.getExtensions());
        return written((Object) fields);
    }

    private static String written(Object value) {
        if (value instanceof Schema schema) {
            return written(schema.getAll());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((key, entry) -> sorted.put(String.valueOf(key), written(entry)));
            return sorted.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SharedParameters::written).toList().toString();
        }
        return String.valueOf(value);
    }

    private static List<Parameter> operationParameters(OpenAPI openAPI) {
        List<Parameter> all = new ArrayList<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        all.addAll(operation.getParameters());
                    }
                }));
        return all;
    }

    /** Where a parameter goes and its component name: {@code "header IfMatch"}, {@code "path TrustId"}. */
    private static String place(Parameter parameter) {
        StringBuilder name = new StringBuilder();
        for (String part : parameter.getName().split("[^A-Za-z0-9]+")) {
            name.append(capitalised(part));
        }
        return parameter.getIn().toString().toLowerCase(Locale.ROOT) + " " + name;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
