package dev.parley.server.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's header and the "bearer" security scheme operations refer to. Paths come from the controllers' annotations;
 * {@code OpenApiContractTest} keeps the two in step.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {
    @Bean
    OpenAPI parleyOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Parley API")
                        .version("1")
                        .description("""
                                The REST API of Parley, a self-hosted video conferencing server. \
                                Errors are application/problem+json (RFC 9457) with a human-readable `detail`; \
                                validation errors list the offending fields in `errors: [{field, message}]`. \
                                Access tokens are JWTs sent as `Authorization: Bearer <token>`."""))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
