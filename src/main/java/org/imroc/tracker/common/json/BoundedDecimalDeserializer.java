package org.imroc.tracker.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a decimal and refuses one no field could hold before anything computes with it: {@code 1e30000000} parses
 * cheaply, but rounding it builds a ten-million-digit number. Per-field bounds ({@code @Digits}, {@code @DecimalMax})
 * then say what each field accepts.
 */
final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    static final int MAX_DIGITS = 30;
    static final int MAX_EXPONENT = 30;

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            throw new InputLimitException(parser, "must be a JSON number, not a string");
        }
        BigDecimal value = super.deserialize(parser, context);
        if (value != null
                && (value.precision() > MAX_DIGITS
                        || Math.abs((long) value.scale()) > MAX_EXPONENT
                        || Math.abs((long) value.precision() - value.scale()) > MAX_EXPONENT)) {
            throw new InputLimitException(
                    parser,
                    "is not a number this API can hold (at most " + MAX_DIGITS + " digits, exponent within ±"
                            + MAX_EXPONENT + ")");
        }
        return value;
    }
}
