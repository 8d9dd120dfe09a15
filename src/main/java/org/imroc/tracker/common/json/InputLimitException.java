package org.imroc.tracker.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A well-formed value beyond what any field accepts (an absurd number, too many items): 422 naming the field. */
public class InputLimitException extends JsonMappingException {

    public InputLimitException(JsonParser parser, String message) {
        super(parser, message);
    }
}
