package org.imroc.tracker.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Derives the documented schema of every JSON Merge Patch body from the record the server validates the patched
 * result with (a resource declares {@code @RequestBody(... schema = @Schema(implementation = XUpdate.class))}): the
 * same fields and bounds, none required, and every optional field nullable (null clears it). The patch schema is
 * named after the resource ({@code ActionUpdate} → {@code ActionPatch}), so the contract cannot drift from the
 * validation; the {@code *Update} forms themselves are not part of the contract.
 */
final class MergePatchSchemas {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String REF = "#/components/schemas/";

    private MergePatchSchemas() {}

    static void derive(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas();
        if (openAPI.getPaths() == null || schemas == null) {
            return;
        }
        List<String> forms = new ArrayList<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() == null
                            || operation.getRequestBody().getContent() == null) {
                        return;
                    }
                    MediaType body = operation.getRequestBody().getContent().getMediaType(MERGE_PATCH);
                    if (body == null
                            || body.getSchema() == null
                            || body.getSchema().getRef() == null) {
                        return;
                    }
                    String form = body.getSchema().getRef().substring(REF.length());
                    String patch = form.replaceFirst("(Update|Request)$", "") + "Patch";
                    if (!components.getSchemas().containsKey(patch)) {
                        components.addSchema(
                                patch, patchOf(components.getSchemas().get(form)));
                    }
                    body.setSchema(OASFactory.createSchema().ref(REF + patch));
                    forms.add(form);
                }));
        forms.stream().filter(form -> form.endsWith("Update")).forEach(components::removeSchema);
    }

    private static Schema patchOf(Schema validated) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = validated.getRequired() == null ? List.of() : validated.getRequired();
        validated
                .getProperties()
                .forEach((name, property) ->
                        properties.put(name, required.contains(name) ? property : nullable(property)));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("JSON Merge Patch (RFC 7396): send only the fields to change; null clears an optional "
                        + "field. The patched whole is validated as a create is, with the same bounds.")
                .properties(properties);
    }

    private static Schema nullable(Schema property) {
        Schema nullType = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        if (property.getRef() != null) {
            Schema ref = OASFactory.createSchema().ref(property.getRef());
            return OASFactory.createSchema()
                    .description(property.getDescription())
                    .anyOf(List.of(ref, nullType));
        }
        if (property.getType() == null) {
            return property;
        }
        Schema copy = OASFactory.createSchema();
        copy.setAll(new LinkedHashMap<>(property.getAll()));
        List<Schema.SchemaType> types = new ArrayList<>(property.getType());
        if (!types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        copy.setType(types);
        return copy;
    }
}
