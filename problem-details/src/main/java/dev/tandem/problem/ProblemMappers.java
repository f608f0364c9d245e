package dev.tandem.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns every error a Tandem API raises into a problem detail. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " " + err.message()).collect(Collectors.joining("; "));
        return Problem.of(Response.Status.BAD_REQUEST, detail, errors).toResponse();
    }

    @ServerExceptionMapper
    public Response notJson(JsonParseException e) {
        return Problem.invalid("body", "is not valid JSON: " + e.getOriginalMessage()).toResponse();
    }

    /** More specific than {@link #wrongShape(JsonMappingException)}, to take precedence over Quarkus' own mapper. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return wrongShape((JsonMappingException) e);
    }

    @ServerExceptionMapper
    public Response wrongShape(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return Problem.invalid(field.isEmpty() ? "body" : field, "has the wrong type or shape").toResponse();
    }

    @ServerExceptionMapper
    public Response wrongContentType(NotSupportedException e) {
        return Problem.invalid(HttpHeaders.CONTENT_TYPE, "must be application/json").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // The JSON reader reports a body it cannot parse as a 400 carrying the parser's exception.
        if (e.getCause() instanceof JsonParseException notJson) {
            return notJson(notJson);
        }
        if (e.getCause() instanceof JsonMappingException wrongShape) {
            return wrongShape(wrongShape);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status, status.getReasonPhrase(), List.of()).toResponse();
    }

    /** The name of the field at fault: the last property of the path, or "body" for the request body itself. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        Path.Node last = nodes.get(nodes.size() - 1);
        return last.getKind() == ElementKind.PARAMETER ? "body" : last.getName();
    }
}
