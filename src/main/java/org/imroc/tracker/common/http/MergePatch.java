package org.imroc.tracker.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.imroc.tracker.common.error.ApiException;

/**
 * JSON Merge Patch (RFC 7396). A patch is applied to the request form of the current state, and the result is
 * read and validated exactly like a create request: absent fields stay, {@code null} clears, unknown or
 * read-only fields are rejected (400) and invalid results are 422.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final RequestValidation validation;

    public MergePatch(ObjectMapper mapper, RequestValidation validation) {
        this.mapper = mapper;
        this.validation = validation;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("A merge patch must be a JSON object.");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T result;
        try {
            result = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw new PatchReadException(e);
        }
        return validation.require(result);
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** Carries a Jackson failure out so the problem mappers report it as for any request body. */
    public static final class PatchReadException extends RuntimeException {
        private final JsonProcessingException jsonCause;

        public PatchReadException(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause);
            this.jsonCause = cause;
        }

        public JsonProcessingException jsonCause() {
            return jsonCause;
        }
    }
}
