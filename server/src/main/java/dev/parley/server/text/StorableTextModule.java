package dev.parley.server.text;

import org.springframework.stereotype.Component;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link TextRule#STORABLE} to every string of every JSON request body, at the one place they all pass: Jackson's string
 * deserializer (Spring Boot registers every module bean with the application's JsonMapper). A NUL or a lone surrogate then fails
 * as a 400 naming the field, instead of reaching PostgreSQL (which refuses U+0000: a 500) or a UTF-8 encoder (Argon2 hashing a
 * password: a 500). Bodies only; query parameters get the same rule in {@code MalformedRequestFilter}.
 */
@Component
public class StorableTextModule extends SimpleModule {
    public StorableTextModule() {
        super("parley-storable-text");
        addDeserializer(String.class, new TextDeserializer(TextRule.STORABLE));
    }
}
