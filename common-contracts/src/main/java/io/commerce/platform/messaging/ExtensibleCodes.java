package io.commerce.platform.messaging;

import io.commerce.contracts.event.ExtensibleCode;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads an {@link ExtensibleCode} enum leniently: a code this build does not know becomes the enum's
 * {@code UNRECOGNIZED} constant, so a newer producer's new reason does not send its event to the dead letters.
 * A missing or non-text code is still malformed.
 */
final class ExtensibleCodes {

    private ExtensibleCodes() {
    }

    static SimpleModule module() {
        return new SimpleModule("extensible-codes").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return ExtensibleCode.class.isAssignableFrom(type.getRawClass())
                        ? lenient(type.getRawClass().asSubclass(Enum.class))
                        : deserializer;
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueDeserializer<?> lenient(Class<? extends Enum> type) {
        return new LenientEnumDeserializer(type);
    }

    private static final class LenientEnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {

        private final Class<E> type;
        private final E unrecognized;

        LenientEnumDeserializer(Class<E> type) {
            super(type);
            this.type = type;
            this.unrecognized = Enum.valueOf(type, ExtensibleCode.UNRECOGNIZED);
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (E) context.handleUnexpectedToken(type, parser);
            }
            var code = parser.getString();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(code)) {
                    return constant;
                }
            }
            return unrecognized;
        }
    }
}
