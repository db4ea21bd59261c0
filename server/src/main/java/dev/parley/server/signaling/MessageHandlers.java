package dev.parley.server.signaling;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link MessageHandler} bean by its message type: the dispatch table instead of a switch. */
@Component
class MessageHandlers {
    private final Map<String, MessageHandler> byType;

    MessageHandlers(List<MessageHandler> handlers) {
        this.byType = handlers.stream().collect(Collectors.toUnmodifiableMap(MessageHandler::type, Function.identity()));
    }

    Optional<MessageHandler> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
