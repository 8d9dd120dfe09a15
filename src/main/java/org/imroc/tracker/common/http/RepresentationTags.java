package org.imroc.tracker.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * ETags for computed representations (roll-ups) that have no version: a hash of the JSON of the figures, so the tag
 * changes when, and only when, a figure changes.
 */
@ApplicationScoped
public class RepresentationTags {

    private final ObjectMapper mapper;

    public RepresentationTags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String of(Object figures) {
        return tag(bytes(figures));
    }

    /** A representation's JSON and its ETag, serialised once: the tag is {@link #of} the same figures. */
    public Tagged<byte[]> json(Object figures) {
        byte[] json = bytes(figures);
        return new Tagged<>(json, tag(json));
    }

    /** A representation's JSON, as the ETag is computed from it (and as the API sends it). */
    public byte[] bytes(Object figures) {
        try {
            return mapper.writeValueAsBytes(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A representation could not be serialised", e);
        }
    }

    private static String tag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("ETag could not be computed", e);
        }
    }
}
