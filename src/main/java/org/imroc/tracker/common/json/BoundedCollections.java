package org.imroc.tracker.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Collection;

/**
 * Refuses an array with more items than its field's {@code @Size(max)} (or {@link #DEFAULT_MAX_ITEMS} without one)
 * as soon as it is read, so 10,000 items cost a parse and one problem, not 10,000 validations and an 800 KB answer.
 */
final class BoundedCollections extends BeanDeserializerModifier {

    /** The most items any array of a request may hold when its field names no bound. */
    static final int DEFAULT_MAX_ITEMS = 1000;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
            DeserializationConfig config,
            CollectionType type,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, DEFAULT_MAX_ITEMS);
    }

    /** A collection deserializer that counts what it read against the field's bound. */
    static final class Bounded extends DelegatingDeserializer implements ContextualDeserializer {

        private final int maxItems;

        Bounded(JsonDeserializer<?> delegate, int maxItems) {
            super(delegate);
            this.maxItems = maxItems;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate, maxItems);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> delegate = _delegatee instanceof ContextualDeserializer contextual
                    ? contextual.createContextual(context, property)
                    : _delegatee;
            // the field's own bound, not that of a map holding the collection (parts: at most 4 breakdowns, each of up
            // to 20 codes): a collection inside a map is read with the map's property
            Size size = property == null || !property.getType().isCollectionLikeType()
                    ? null
                    : property.getAnnotation(Size.class);
            int max = size == null ? DEFAULT_MAX_ITEMS : Math.min(size.max(), DEFAULT_MAX_ITEMS);
            return new Bounded(delegate, max);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> items && items.size() > maxItems) {
                throw new InputLimitException(parser, "must have at most " + maxItems + " items");
            }
            return value;
        }
    }
}
