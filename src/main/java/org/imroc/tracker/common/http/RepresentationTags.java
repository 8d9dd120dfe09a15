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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(figures));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("ETag could not be computed", e);
        }
    }
}
