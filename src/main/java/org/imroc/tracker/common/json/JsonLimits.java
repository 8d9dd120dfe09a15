package org.imroc.tracker.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * How request JSON is read, for every body and patch: malformed or absurd input is refused while it is parsed, in
 * time linear in its size, before validation or any arithmetic. Duplicate keys are malformed; a fraction is not a
 * whole number; a decimal has bounded digits and exponent; text holds
 * no NUL and no unpaired surrogate; an array holds no more items than its field allows; and
 * the document as a whole is bounded in depth, tokens and string length.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    /** Tokens in one document: far above any valid request (500 observations), far below what the body limit allows. */
    static final int MAX_TOKENS = 50_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxNumberLength(64)
                        .maxNameLength(100)
                        .maxStringLength(1_000_000)
                        .maxTokenCount(MAX_TOKENS)
                        .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        SimpleModule limits = new SimpleModule("tracker-input-limits");
        limits.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
        limits.addDeserializer(String.class, new StorableTextDeserializer());
        limits.setDeserializerModifier(new BoundedCollections());
        mapper.registerModule(limits);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
