package dev.parley.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Parley: web app, REST API, signaling server and SFU in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParleyApplication {
    public static void main(String[] args) {
        SpringApplication.run(ParleyApplication.class, args);
    }
}
