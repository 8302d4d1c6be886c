package io.pxportal.shared.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui.html}): what the API is,
 * that every operation needs a personal API token as bearer token, and the problem details each operation can
 * answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String TOKEN_SCHEME = "apiToken";
    private static final String PROBLEM = "Problem";

    /** The shape of every error response, for the document only. */
    record Problem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            String messageKey,
            List<FieldProblem> errors,
            String reference) {}

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("PX Portal API").version("v1").description("""
                        Read and change the portal's records. Authenticate with a personal API token \
                        (create one under *API tokens* in the portal) sent as `Authorization: Bearer pxp_…`; \
                        it acts with its owner's roles, a read token only reads. Changes need `If-Match` with \
                        the ETag you read. Errors are RFC 9457 problem details. See docs/api.md."""))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        TOKEN_SCHEME,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("pxp_ personal API token")
                                                .description(
                                                        "A personal API token, e.g. pxp_AbCd…, created in the portal under API tokens")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
    }

    /** Adds the problem responses every operation can give, so each one need not list them. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            var schemas = ModelConverters.getInstance().readAll(Problem.class);
            schemas.forEach(openApi.getComponents()::addSchemas);
            Content problem = new Content()
                    .addMediaType(
                            org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        boolean change = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE;
                        add(operation, "400", "Invalid request: a broken rule or invalid fields", problem);
                        add(operation, "401", "No valid API token", problem);
                        add(operation, "403", "The token's scope or its owner's role does not allow this", problem);
                        if (path.contains("{")) {
                            add(operation, "404", "No such record", problem);
                        }
                        if (change) {
                            add(
                                    operation,
                                    "412",
                                    "If-Match is not the current ETag: someone changed the record",
                                    problem);
                            add(operation, "428", "If-Match is missing", problem);
                        }
                    }));
        };
    }

    private static void add(Operation operation, String status, String description, Content content) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation
                .getResponses()
                .putIfAbsent(status, new ApiResponse().description(description).content(content));
    }
}
