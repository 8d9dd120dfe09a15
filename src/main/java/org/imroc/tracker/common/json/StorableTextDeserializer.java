package org.imroc.tracker.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads text and refuses what no database column can store: U+0000 (PostgreSQL rejects it in any text column) and
 * an unpaired UTF-16 surrogate ({@code "\ud800"} is valid JSON but not a character). Both would otherwise reach the
 * database and come back as a 500; here they are a 422 naming the field, on H2 and PostgreSQL alike.
 */
final class StorableTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        String problem = StorableText.problem(value);
        if (problem != null) {
            throw new InputLimitException(parser, problem);
        }
        return value;
    }
}
