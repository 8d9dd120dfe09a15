package org.imroc.tracker.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.json.InputLimitException;
import org.imroc.tracker.common.persistence.Contention;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that reaches the HTTP layer to an RFC 9457 problem. Nothing else in the code
 * catches exceptions to build responses; unexpected ones become a 500 that leaks no detail.
 */
public class ProblemMappers {

    /** Fields that hold a lifecycle state: no update form has them, a transitions endpoint changes them. */
    private static final Set<String> LIFECYCLE_FIELDS = Set.of("status", "phase");

    private final Problems problems;
    private final ServedTypes served;

    public ProblemMappers(Problems problems, ServedTypes served) {
        this.problems = problems;
        this.served = served;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response response = problems.response(e.type(), e.getMessage(), e.errors(), path(uri));
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problems.response(
                        ProblemType.UNAUTHORIZED,
                        "Send a valid access token or integration key as 'Authorization: Bearer …'.",
                        null,
                        path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problems.response(ProblemType.FORBIDDEN, "You are not allowed to do this.", null, path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonFailure(json, uri);
        }
        if (e.getCause() instanceof ApiException api) {
            return api(api, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            Log.errorf(e, "Request failed with status %d", status);
            return problems.response(
                    ProblemType.INTERNAL_ERROR, "The request could not be completed.", null, path(uri));
        }
        String detail = status == 406 ? notAcceptable(path(uri)) : webDetail(status);
        Response response = problems.response(type, detail, null, path(uri));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        String retryAfter = e.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER);
        String authenticate = e.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        Response.ResponseBuilder builder = Response.fromResponse(response);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        if (authenticate != null) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, authenticate);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        boolean body = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            FieldPath field = fieldOf(violation.getPropertyPath());
            body |= field.inBody();
            errors.add(new FieldError(field.name(), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        if (body) {
            return problems.response(ProblemType.VALIDATION_FAILED, "The request is not valid.", errors, path(uri));
        }
        return problems.response(ProblemType.BAD_REQUEST, "The request parameters are not valid.", errors, path(uri));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return problems.response(
                ProblemType.BAD_REQUEST,
                "Unknown or read-only field '" + field + "'.",
                List.of(new FieldError(field, "unknown or read-only field")),
                path(uri));
    }

    /** A value of the right JSON type that is not one of the allowed values (an enum, a date). */
    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        Class<?> target = e.getTargetType();
        if (target != null && (target.isEnum() || Temporal.class.isAssignableFrom(target))) {
            String message = target.isEnum()
                    ? "must be one of " + List.of(target.getEnumConstants())
                    : "must be a valid date (YYYY-MM-DD) or instant (RFC 3339)";
            return problems.response(
                    ProblemType.VALIDATION_FAILED,
                    "The request is not valid.",
                    List.of(new FieldError(field, message)),
                    path(uri));
        }
        return wrongType(field, uri);
    }

    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return wrongType(jsonPath(e), uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        return wrongType(jsonPath(e), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        String reason = e.getOriginalMessage();
        String detail = reason != null && reason.startsWith("Duplicate field")
                ? "The request body is not well-formed JSON: a duplicate field ("
                        + reason.substring("Duplicate field".length()).trim() + ")."
                : "The request body is not well-formed JSON.";
        return problems.response(ProblemType.BAD_REQUEST, detail, null, path(uri));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problems.response(ProblemType.BAD_REQUEST, "The request body could not be read.", null, path(uri));
    }

    @ServerExceptionMapper
    public Response patch(MergePatch.PatchReadException e, UriInfo uri) {
        if (e.jsonCause() instanceof UnrecognizedPropertyException unknown
                && LIFECYCLE_FIELDS.contains(jsonPath(unknown))) {
            String field = jsonPath(unknown);
            String endpoint = "POST " + path(uri) + "/transitions";
            return problems.response(
                    ProblemType.BAD_REQUEST,
                    "'" + field + "' is not changed by a patch: use " + endpoint + ".",
                    List.of(new FieldError(field, "changes only through " + endpoint)),
                    path(uri));
        }
        return jsonFailure(e.jsonCause(), uri);
    }

    /** A well-formed value no field accepts (an absurd number, too many items): 422 naming the field. */
    @ServerExceptionMapper
    public Response beyondLimit(InputLimitException e, UriInfo uri) {
        return problems.response(
                ProblemType.VALIDATION_FAILED,
                "The request is not valid.",
                List.of(new FieldError(jsonPath(e), e.getOriginalMessage())),
                path(uri));
    }

    /** The document as a whole is larger or deeper than any request (tokens, nesting, a number's length). */
    @ServerExceptionMapper
    public Response tooBig(StreamConstraintsException e, UriInfo uri) {
        return problems.response(
                ProblemType.BAD_REQUEST,
                "The request body is beyond what this API reads (at most "
                        + "32 levels deep, 50,000 tokens, numbers of 64 characters).",
                null,
                path(uri));
    }

    private Response jsonFailure(JsonProcessingException cause, UriInfo uri) {
        if (cause instanceof InputLimitException limit) {
            return beyondLimit(limit, uri);
        }
        if (cause instanceof StreamConstraintsException constraints) {
            return tooBig(constraints, uri);
        }
        if (cause.getCause() instanceof JsonProcessingException inner
                && cause instanceof JsonMappingException
                && (inner instanceof JsonParseException || inner instanceof StreamConstraintsException)) {
            return jsonFailure(inner, uri);
        }
        if (cause instanceof JsonParseException parse) {
            return malformed(parse, uri);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (cause instanceof InvalidFormatException invalid) {
            return invalidValue(invalid, uri);
        }
        if (cause instanceof JsonMappingException mapping) {
            return mapping(mapping, uri);
        }
        return json(cause, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Contention.isLost(e)) {
            return api(Contention.busy(), uri); // every try lost to concurrent writers: send it again
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api, uri);
            }
            if (cause instanceof io.quarkus.oidc.OIDCException) {
                // a Trust's identity provider could not be used (its keys unreachable): not the caller's fault,
                // nor a fault of ours; the token is neither accepted nor called forged
                Log.warnf("A Trust's identity provider could not be used: %s", cause.getMessage());
                return api(
                        ApiException.unavailable(
                                "Your organisation's identity provider could not be reached to check your sign-in; "
                                        + "try again in a minute.",
                                60),
                        uri);
            }
            if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
                return unauthenticated((RuntimeException) cause, uri);
            }
            if (cause instanceof ForbiddenException forbidden) {
                return forbidden(forbidden, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                Log.infof(
                        "Write refused by a database constraint: %s",
                        ((org.hibernate.exception.ConstraintViolationException) cause).getConstraintName());
                return problems.response(
                        ProblemType.CONFLICT, "The change conflicts with existing data.", null, path(uri));
            }
        }
        Log.error("Unexpected error", e);
        return problems.response(
                ProblemType.INTERNAL_ERROR,
                "The request could not be completed. Quote the request id when reporting this.",
                null,
                path(uri));
    }

    private Response wrongType(String field, UriInfo uri) {
        return problems.response(
                ProblemType.BAD_REQUEST,
                "Field '" + field + "' has the wrong JSON type.",
                List.of(new FieldError(field, "wrong JSON type")),
                path(uri));
    }

    private static String webDetail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be processed.";
        };
    }

    /** A 406 names the media types the resource does serve, so the client knows what to put in Accept. */
    private String notAcceptable(String path) {
        java.util.Set<String> types = path == null ? java.util.Set.of() : served.at(path);
        return types.isEmpty()
                ? "None of the media types in Accept can be served here."
                : "None of the media types in Accept can be served here; this resource answers with "
                        + String.join(", ", types) + ".";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    /** The client-facing name of a violated property: the path inside the body, or the query parameter. */
    private static FieldPath fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        String parameter = null;
        for (int i = 0; i < nodes.size(); i++) {
            ElementKind kind = nodes.get(i).getKind();
            if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
                parameter = nodes.get(i).getName();
                start = i + 1;
            } else if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                start = i + 1;
            }
        }
        StringBuilder name = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.getIndex() != null && !name.isEmpty()) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        if (name.isEmpty()) {
            return new FieldPath(parameter == null ? "(request)" : parameter, false);
        }
        return new FieldPath(name.toString(), true);
    }

    private record FieldPath(String name, boolean inBody) {}
}
