package dev.parley.server.apidocs;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Every documented 4xx/5xx answer is {@code application/problem+json} with the ProblemDetail schema (that is what
 * {@code ProblemHandler} sends), so controllers only write {@code @ApiResponse(responseCode = "409", description = "...")} and the
 * document still says what the body looks like.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        ModelConverters.getInstance().read(ProblemDetail.class).forEach(openApi.getComponents()::addSchemas);
        Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + ProblemDetail.class.getSimpleName());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((code, response) -> describe(code, response, problem));
            }
        }));
    }

    private static void describe(String code, ApiResponse response, Schema<?> problem) {
        boolean error = code.startsWith("4") || code.startsWith("5");
        // Also replaces the "*/*" content springdoc derives from the exception handlers' return types.
        if (error && (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
            response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)));
        }
    }
}
