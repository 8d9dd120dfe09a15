package org.imroc.tracker.common.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;

/**
 * Reads enum, integer, boolean, UUID, date and instant query parameters so that a bad value is a 400 naming the parameter, as the
 * conventions require (JAX-RS would answer 404; the problem mappers unwrap the ApiException thrown here).
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations)
                .filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value())
                .findFirst()
                .orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a whole number", Integer::valueOf);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>)
                    new Converter<>(name, "must be an instant (RFC 3339, e.g. 2026-01-31T09:00:00Z)", Instant::parse);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be true or false", QueryParamConverters::bool);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a date (YYYY-MM-DD)", LocalDate::parse);
        }
        return null;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private record Converter<T>(String name, String message, java.util.function.Function<String, T> parse)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw ApiException.badParameter(name, message);
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.trim());
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }
}
