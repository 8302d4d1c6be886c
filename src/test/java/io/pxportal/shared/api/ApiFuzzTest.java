package io.pxportal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.pxportal.PortalApiTest;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.NewApiToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the API's own OpenAPI document, fed with what careless or hostile clients send: nulls, huge
 * and negative numbers, far dates, unknown enum values and values of the wrong type, in path and query parameters
 * and in each field of a JSON body built from its schema. Every answer must be a client error or a success, never
 * a 5xx. Generated from the document, so a new operation is covered without touching this test. Path ids are never
 * ones that exist, so nothing of the demo data is changed or deleted; but its valid bodies do create records, so it
 * runs in a JVM of its own (tag {@code api-fuzz}, a surefire execution of its own) where no other test counts them.
 */
@Tag("api-fuzz")
class ApiFuzzTest extends PortalApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Values for a path or query parameter; ids among them never exist. */
    private static final List<String> BAD_TEXT = List.of(
            "",
            "null",
            "-1",
            "2147483648",
            "99999999999999999999",
            "1e40",
            "+999999999-12-31",
            "-999999999-01-01",
            "2026-13",
            "2026-02-30",
            "UNKNOWN_VALUE",
            "x'\"<>");

    private JsonNode document;
    private NewApiToken admin;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void no_operation_answers_a_server_error_to_bad_input() throws Exception {
        admin = tokenOf("admin", ApiTokenScope.WRITE);
        document = JSON.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode paths = document.get("paths");
        assertThat(paths.size()).isGreaterThan(10);

        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                fuzz(
                        path.getKey(),
                        HttpMethod.valueOf(operation.getKey().toUpperCase(java.util.Locale.ROOT)),
                        operation.getValue());
            }
        }

        assertThat(failures).as("%d requests sent", requests).isEmpty();
    }

    private void fuzz(String template, HttpMethod method, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asString();
            String name = parameter.path("name").asString();
            if (in.equals("path")) {
                pathValues.put(name, missingId(schema(parameter.path("schema"))));
            } else if (in.equals("query") && parameter.path("required").asBoolean(false)) {
                queryValues.put(name, plausible(schema(parameter.path("schema"))));
            }
        }
        JsonNode bodySchema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        JsonNode body = bodySchema.isMissingNode() ? null : example(schema(bodySchema), 0);

        send(method, template, pathValues, queryValues, body);
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asString();
            String name = parameter.path("name").asString();
            for (String bad : BAD_TEXT) {
                if (in.equals("path") && !bad.isEmpty()) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(name, bad);
                    send(method, template, values, queryValues, body);
                } else if (in.equals("query")) {
                    Map<String, String> values = new LinkedHashMap<>(queryValues);
                    values.put(name, bad);
                    send(method, template, pathValues, values, body);
                }
            }
        }
        if (body != null) {
            for (JsonNode variant : variants(schema(bodySchema), body)) {
                send(method, template, pathValues, queryValues, variant);
            }
        }
    }

    private void send(
            HttpMethod method,
            String template,
            Map<String, String> pathValues,
            Map<String, String> queryValues,
            JsonNode body)
            throws Exception {
        Matcher matcher = PATH_VARIABLE.matcher(template);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    uri,
                    Matcher.quoteReplacement(org.springframework.web.util.UriUtils.encodePathSegment(
                            pathValues.getOrDefault(matcher.group(1), "0"), java.nio.charset.StandardCharsets.UTF_8)));
        }
        matcher.appendTail(uri);
        MockHttpServletRequestBuilder request = request(method, java.net.URI.create(uri.toString()))
                .with(bearer(admin))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "uk");
        queryValues.forEach(request::queryParam);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        requests++;
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception | AssertionError e) {
            failures.add(method + " " + uri + " " + queryValues + " " + body + " → " + e);
            return;
        }
        if (response.getStatus() >= 500) {
            failures.add(method + " " + uri + " " + queryValues + " " + body + " → " + response.getStatus() + " "
                    + response.getContentAsString());
        }
    }

    /** The schema itself, or the component a {@code $ref} names. */
    private JsonNode schema(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return document.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return schema(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String missingId(JsonNode schema) {
        String type = schema.path("type").asString();
        return type.equals("integer") || type.equals("number") ? "987654321" : "no-such-thing";
    }

    private static String plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        if (schema.has("default")) {
            return schema.get("default").asString();
        }
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default ->
                switch (schema.path("format").asString()) {
                    case "date" -> "2026-01-01";
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    default ->
                        schema.has("pattern")
                                        || schema.path("example").asString().matches("\\d{4}-\\d{2}")
                                ? "2026-01"
                                : "fuzz";
                };
        };
    }

    /** A value of the schema, from its example where it has one. */
    private JsonNode example(JsonNode schema, int depth) {
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString();
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties")
                            .properties()
                            .forEach(p -> object.set(p.getKey(), example(schema(p.getValue()), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(example(schema(schema.path("items")), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default ->
                switch (schema.path("format").asString()) {
                    case "date" -> NODES.stringNode("2026-01-01");
                    case "date-time" -> NODES.stringNode("2026-01-01T00:00:00Z");
                    default -> NODES.stringNode("fuzz-" + System.nanoTime());
                };
        };
    }

    /** The body as a whole gone wrong, then each of its fields set to each bad value in turn. */
    private List<JsonNode> variants(JsonNode schema, JsonNode body) {
        List<JsonNode> variants = new ArrayList<>(List.of(
                NODES.nullNode(),
                NODES.stringNode("x"),
                NODES.numberNode(1),
                NODES.objectNode(),
                NODES.arrayNode(),
                NODES.arrayNode().addNull()));
        if (body instanceof ObjectNode object) {
            for (String field : object.propertyNames()) {
                for (JsonNode bad : badValues()) {
                    ObjectNode copy = object.deepCopy();
                    copy.set(field, bad);
                    variants.add(copy);
                }
            }
        } else if (body instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode first) {
            for (String field : first.propertyNames()) {
                for (JsonNode bad : badValues()) {
                    ObjectNode copy = first.deepCopy();
                    copy.set(field, bad);
                    variants.add(NODES.arrayNode().add(copy));
                }
            }
        }
        return variants;
    }

    private static List<JsonNode> badValues() {
        return List.of(
                NODES.nullNode(),
                NODES.numberNode(new java.math.BigDecimal("1e40")),
                NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                NODES.numberNode(-1),
                NODES.stringNode("+999999999-12-31"),
                NODES.stringNode("9999-12-31"),
                NODES.stringNode("UNKNOWN_VALUE"),
                NODES.stringNode(""),
                NODES.stringNode("x".repeat(5000)),
                NODES.objectNode(),
                NODES.arrayNode().addNull(),
                NODES.booleanNode(true));
    }
}
