package io.pxportal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows a grid was sent in a UIDL response, read as JSON whatever properties they carry. The server sends
 * rows with {@code execute} entries {@code [{"@v-node":grid}, index, [rows…], "return $0.$connector.set($1,$2)"]};
 * a row is an object with the item {@code key} and one property per column ({@code col0}, …), a node id per
 * component column ({@code lr_…_nodeid}) and, with tooltip generators, a {@code gridtooltips} object. The grid is
 * found by its id in the response's {@code changes}.
 */
final class GridRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SET_ROWS = "$connector.set($1,$2)";

    private GridRows() {}

    /**
     * The item key of the first row sent to the grid with this id that matches {@code row}.
     *
     * @throws IllegalStateException when the response has no such grid, the grid got no rows, or no row matches
     *     (Gatling turns it into a failed check with this message)
     */
    static String key(String body, String gridId, Predicate<JsonNode> row) {
        JsonNode uidl = parse(body);
        int node = gridNode(uidl, gridId);
        List<JsonNode> rows = rows(uidl, node);
        if (rows.isEmpty()) {
            throw new IllegalStateException("grid " + gridId + " (node " + node + ") was sent no rows");
        }
        return rows.stream()
                .filter(row)
                .map(r -> r.get("key").stringValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "none of the " + rows.size() + " rows of grid " + gridId + " matches"));
    }

    /** Any row. */
    static boolean any(JsonNode row) {
        return true;
    }

    /** A row showing this text: a cell's value or tooltip, however the row nests them (not its item key). */
    static Predicate<JsonNode> showing(String text) {
        return row ->
                row.properties().stream().anyMatch(p -> !p.getKey().equals("key") && contains(p.getValue(), text));
    }

    private static boolean contains(JsonNode node, String text) {
        if (node.isString()) {
            return text.equals(node.stringValue());
        }
        for (JsonNode child : node) {
            if (contains(child, text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value the response put into a property of the component with this id: a text, or the {@code uri} of a
     * resource (the {@code href} of an anchor with a download handler is {@code {"uri":"VAADIN/dynamic/resource/…"}}).
     *
     * @throws IllegalStateException when the response has no such component or did not set that property
     */
    static String property(String body, String componentId, String key) {
        JsonNode uidl = parse(body);
        int node = gridNode(uidl, componentId);
        for (JsonNode change : uidl.path("changes")) {
            if (change.path("node").asInt(-1) == node && key.equals(string(change.path("key")))) {
                JsonNode set = change.path("value");
                String value = set.isObject() ? string(set.path("uri")) : string(set);
                if (value != null) {
                    return value;
                }
            }
        }
        throw new IllegalStateException(componentId + " (node " + node + ") has no " + key + " in the response");
    }

    private static JsonNode parse(String body) {
        return JSON.readTree(body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body);
    }

    private static int gridNode(JsonNode uidl, String gridId) {
        // the node a component's id is put on; for a grid, the node its rows are sent to
        for (JsonNode change : uidl.path("changes")) {
            if ("id".equals(string(change.path("key"))) && gridId.equals(string(change.path("value")))) {
                return change.path("node").asInt();
            }
        }
        throw new IllegalStateException("no component with id " + gridId + " in the response");
    }

    private static List<JsonNode> rows(JsonNode uidl, int node) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode call : uidl.path("execute")) {
            int args = call.size();
            if (args >= 4
                    && call.get(0).path("@v-node").asInt(-1) == node
                    && String.valueOf(string(call.get(args - 1))).contains(SET_ROWS)) {
                for (JsonNode row : call.get(2)) {
                    if (row.path("key").isString()) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static String string(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }
}
