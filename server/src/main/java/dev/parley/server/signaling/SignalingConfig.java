package dev.parley.server.signaling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** Mounts the signaling handler on {@code /ws} (same-origin only, Spring's default) and caps frame sizes. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SignalingConfig implements WebSocketConfigurer {
    /**
     * Largest signaling frame: a recv offer for 9 others × 2 tracks is about 25 KiB of SDP; bigger frames are refused by the
     * container with close code 1009 (message too big, RFC 6455 §7.4.1).
     */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    /** Sockets with no frame for this long are closed; the browser client pings every 15 s. */
    static final long IDLE_TIMEOUT_MILLIS = 60_000;

    private final SignalingHandler handler;

    SignalingConfig(SignalingHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws");
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
        container.setMaxBinaryMessageBufferSize(MAX_MESSAGE_BYTES);
        container.setMaxSessionIdleTimeout(IDLE_TIMEOUT_MILLIS);
        return container;
    }
}
