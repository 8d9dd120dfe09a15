package org.imroc.tracker.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.imroc.tracker.common.http.RequestIds;
import org.jboss.logging.MDC;

/** Builds application/problem+json responses; the one place a problem body is written. */
@ApplicationScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response response(ProblemType type, String detail, List<FieldError> errors, String instance) {
        return Response.status(type.status())
                .type(MEDIA_TYPE)
                .entity(json(type, detail, errors, instance))
                .build();
    }

    /** The problem body as JSON text, so that it is written the same whatever the client asked for. */
    public String json(ProblemType type, String detail, List<FieldError> errors, String instance) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        boolean listed = errors != null && !errors.isEmpty();
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                instance,
                requestId == null ? null : requestId.toString(),
                listed ? List.copyOf(errors.subList(0, Math.min(errors.size(), Problem.MAX_ERRORS))) : null,
                listed ? errors.size() : null);
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body could not be written", e);
        }
    }
}
