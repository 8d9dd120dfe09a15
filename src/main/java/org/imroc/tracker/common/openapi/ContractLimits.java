package org.imroc.tracker.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Bounds the contract states for values the server produces or that Java's types already bound, so that every
 * string, integer and array in it has a limit (the OWASP API ruleset's rule, and what a client generator needs):
 * <ul>
 * <li>identifiers, dates and instants have the length their format gives them;</li>
 * <li>a representation's field has the bounds of the same field of the form it is created or changed with
 * ({@code ActionResponse.title} is {@code ActionRequest.title}'s), so they cannot drift apart;</li>
 * <li>64-bit counts and versions the server computes are between 0 and 2^53 − 1 (the largest integer a JSON
 * client reads exactly); a query parameter that is a Java {@code Integer} is an int32;</li>
 * <li>a {@code text/csv} answer is a string (so a generated client can ask for it and read it as text) of at most
 * 64 MiB.</li>
 * </ul>
 * Request bounds themselves come only from the validation annotations; this class never invents one.
 */
final class ContractLimits {

    static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;
    static final int CSV_MAX_LENGTH = 64 * 1024 * 1024;
    private static final String CSV = "text/csv";
    private static final String REF = "#/components/schemas/";
    private static final List<String> FORMS = List.of("Request", "Update", "Item");

    private ContractLimits() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        boundFormat(schemas.get("UUID"), 36, 36);
        boundFormat(schemas.get("LocalDate"), 10, 10);
        boundFormat(schemas.get("Instant"), 20, 35);
        schemas.values().forEach(ContractLimits::dropTypeBesideRef);
        schemas.values().forEach(ContractLimits::boundFormattedStrings);
        schemas.forEach((name, schema) -> {
            if (name.endsWith("Response")) {
                copyFormBounds(schema, formsOf(name, schemas));
            }
            boundComputedCounts(schema);
        });
        if (openAPI.getPaths() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(ContractLimits::formatIntegerParameter);
                            operation.getParameters().forEach(p -> boundFormattedStrings(p.getSchema()));
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().getAPIResponses().values().forEach(ContractLimits::typeCsv);
                        }
                    }));
        }
    }

    private static void typeCsv(APIResponse response) {
        MediaType csv =
                response.getContent() == null ? null : response.getContent().getMediaType(CSV);
        if (csv != null && csv.getSchema() == null) {
            csv.setSchema(
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(CSV_MAX_LENGTH));
        }
    }

    private static void boundFormat(Schema schema, int minLength, int maxLength) {
        if (schema != null) {
            schema.setMinLength(minLength);
            schema.setMaxLength(maxLength);
        }
    }

    /** SmallRye writes {@code type} next to a {@code $ref} when the field has a description; the ref says it all. */
    private static void dropTypeBesideRef(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            if (property.getRef() != null) {
                property.setType(null);
            }
        });
    }

    /** Strings whose format fixes their length (a UUID, a date, an instant), wherever they are inlined. */
    private static void boundFormattedStrings(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null
                && schema.getFormat() != null) {
            switch (schema.getFormat()) {
                case "uuid" -> boundFormat(schema, 36, 36);
                case "date" -> boundFormat(schema, 10, 10);
                case "date-time" -> boundFormat(schema, 20, 35);
                default -> {}
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractLimits::boundFormattedStrings);
        }
        boundFormattedStrings(schema.getItems());
    }

    private static List<Schema> formsOf(String response, Map<String, Schema> schemas) {
        String resource = response.substring(0, response.length() - "Response".length());
        List<Schema> forms = new ArrayList<>();
        for (String suffix : FORMS) {
            Schema form = schemas.get(resource + suffix);
            if (form != null) {
                forms.add(form);
            }
        }
        return forms;
    }

    private static void copyFormBounds(Schema response, List<Schema> forms) {
        if (response.getProperties() == null) {
            return;
        }
        response.getProperties()
                .forEach((name, property) -> forms.stream()
                        .map(form -> form.getProperties() == null
                                ? null
                                : form.getProperties().get(name))
                        .filter(formProperty -> formProperty != null)
                        .findFirst()
                        .ifPresent(formProperty -> copyBounds(formProperty, property)));
    }

    private static void copyBounds(Schema from, Schema to) {
        if (to.getMaxLength() == null && from.getMaxLength() != null) {
            to.setMaxLength(from.getMaxLength());
        }
        if (to.getMaxItems() == null && from.getMaxItems() != null) {
            to.setMaxItems(from.getMaxItems());
        }
        if (to.getMinimum() == null && from.getMinimum() != null) {
            to.setMinimum(from.getMinimum());
        }
        if (to.getMaximum() == null && from.getMaximum() != null) {
            to.setMaximum(from.getMaximum());
        }
        if (to.getItems() != null && from.getItems() != null && to.getItems().getRef() == null) {
            copyBounds(from.getItems(), to.getItems());
        }
    }

    private static void boundComputedCounts(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            if (property.getType() != null
                    && property.getType().contains(Schema.SchemaType.INTEGER)
                    && "int64".equals(property.getFormat())
                    && property.getMinimum() == null
                    && property.getMaximum() == null) {
                property.setMinimum(java.math.BigDecimal.ZERO);
                property.setMaximum(java.math.BigDecimal.valueOf(MAX_SAFE_INTEGER));
            }
        });
    }

    private static void formatIntegerParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null
                && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.INTEGER)
                && schema.getFormat() == null) {
            schema.setFormat("int32");
        }
    }

    /** A schema naming another by reference, for headers and examples built here. */
    static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }
}
