package dev.parley.server.text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Jackson's own string deserializer followed by a {@link TextRule}; a refused value fails with {@link InvalidTextException}, which
 * carries the JSON path, so the 400 names the field. {@link StorableTextModule} installs the {@link TextRule#STORABLE} one for
 * every string; a name field asks for the stricter rule with {@code @JsonDeserialize(using = TextDeserializer.Name.class)}.
 */
public class TextDeserializer extends StringDeserializer {
    private final TextRule rule;

    TextDeserializer(TextRule rule) {
        this.rule = rule;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String value = super.deserialize(parser, context);
        String problem = rule.problem(value);
        if (problem != null) {
            throw new InvalidTextException(parser, problem);
        }
        return value;
    }

    /** {@link TextRule#NAME}: for names and titles other people see. */
    public static final class Name extends TextDeserializer {
        public Name() {
            super(TextRule.NAME);
        }
    }
}
