package fr.borne.agent.local;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import fr.borne.sync.SyncJson;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** How the local API reads request bodies: strictly, and within bounds. */
final class LocalJson {

    private LocalJson() {
    }

    /**
     * The protocol's mapper, refusing deep nesting and long strings or numbers before building
     * anything, and a number or boolean where text is expected (no quiet "42" for an id).
     */
    static ObjectMapper reader() {
        ObjectMapper mapper = SyncJson.mapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxStringLength(4_096).maxNumberLength(32)
                .maxDocumentLength(LocalGuard.MAX_BODY).build());
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new IsoInstant()));
        return mapper;
    }

    /** An instant as ISO-8601 text only, never epoch seconds (1e300 would quietly become 1970). */
    private static final class IsoInstant extends StdDeserializer<Instant> {
        IsoInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return Instant.parse(parser.getText());
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), "not an ISO-8601 instant");
            }
        }
    }

}
