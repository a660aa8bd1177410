package vn.nennep.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nennep.support.Api;

/**
 * Every operation of openapi.yaml, called by every kind of caller, against the table in access-matrix.csv: one test
 * per cell. An operation without a row (or a row without an operation) fails the build, so a new endpoint cannot
 * arrive without a rule.
 */
@QuarkusTest
class EndpointRoleMatrixTest {

    private static final List<String> CALLERS = List.of("ANONYMOUS", "SYSTEM_ADMIN", "DISTRICT_OFFICE",
            "GRASSROOTS_OFFICER", "BRANCH_SECRETARY", "RESPONDER", "INSPECTOR", "MACHINE_READ",
            "MACHINE_PERSONAL_DATA");
    private static final Set<String> OUTCOMES = Set.of("allow", "deny", "401");
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";

    /** An operation of the contract; {@code open} when its security is {@code []} (no credential needed). */
    record Operation(String id, String method, String path, boolean open) {
    }

    private static MatrixWorld world;

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheTableSays(String operationId, String caller, String expected) {
        Operation operation = contract().get(operationId);
        assertNotNull(operation, "no operation " + operationId + " in openapi.yaml");
        MatrixWorld.Call call = world().call(operationId, caller);
        RequestSpecification request = Api.anonymous().headers(world().credential(caller))
                .headers(call.headers()).pathParams(call.pathParams()).queryParams(call.queryParams());
        if (call.body() != null) {
            request.body(call.body());
        }
        Response response = request.request(Method.valueOf(operation.method()), operation.path());
        String what = operation.method() + " " + operation.path() + " (" + operationId + ") as " + caller
                + " answered " + response.statusCode() + " " + response.asString();
        switch (expected) {
            case "allow" -> assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                    what + "; the table says allow");
            case "deny" -> {
                assertEquals(403, response.statusCode(), what + "; the table says deny");
                assertTrue(response.contentType().startsWith(PROBLEM), what);
            }
            case "401" -> {
                assertEquals(401, response.statusCode(), what + "; the table says 401");
                assertTrue(response.contentType().startsWith(PROBLEM), what);
                assertNotNull(response.header("WWW-Authenticate"), what + ": no WWW-Authenticate");
            }
            default -> fail("unknown outcome " + expected + " for " + operationId + " as " + caller);
        }
    }

    @Test
    void theTableHasARowForEveryOperationAndNoOther() {
        Set<String> inContract = new TreeSet<>(contract().keySet());
        Set<String> inTable = new TreeSet<>(table().keySet());
        Set<String> missing = new TreeSet<>(inContract);
        missing.removeAll(inTable);
        Set<String> unknown = new TreeSet<>(inTable);
        unknown.removeAll(inContract);
        assertTrue(missing.isEmpty(), "operations of openapi.yaml without a row in access-matrix.csv: " + missing);
        assertTrue(unknown.isEmpty(), "rows of access-matrix.csv naming no operation of openapi.yaml: " + unknown);
    }

    @Test
    void openOperationsAreOpenToAllAndEveryOtherNeedsACredential() {
        Map<String, Map<String, String>> table = table();
        contract().values().stream().filter(op -> table.containsKey(op.id())).forEach(op -> {
            Map<String, String> row = table.get(op.id());
            if (op.open()) {
                assertEquals(Set.of("allow"), Set.copyOf(row.values()), op.id() + " has security [] in openapi.yaml");
            } else {
                assertEquals("401", row.get("ANONYMOUS"), op.id() + " needs a credential in openapi.yaml");
            }
        });
    }

    /** One test per cell of the table, in the table's order. */
    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        table().forEach((operationId, row) -> row.forEach((caller, outcome) ->
                cells.add(Arguments.of(operationId, caller, outcome))));
        return cells.stream();
    }

    private static synchronized MatrixWorld world() {
        if (world == null) {
            world = new MatrixWorld();
        }
        return world;
    }

    /** The operations of openapi.yaml by operationId. */
    static Map<String, Operation> contract() {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)).get("paths");
            Map<String, Operation> operations = new LinkedHashMap<>();
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                if (HTTP_METHODS.contains(entry.getKey())) {
                    JsonNode op = entry.getValue();
                    String id = op.path("operationId").asText();
                    assertTrue(!id.isBlank(), entry.getKey() + " " + path.getKey() + " has no operationId");
                    boolean open = op.has("security") && op.get("security").isEmpty();
                    operations.put(id, new Operation(id, entry.getKey().toUpperCase(), path.getKey(), open));
                }
            }));
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** access-matrix.csv: operationId -> caller -> outcome, checked for shape on the way. */
    static Map<String, Map<String, String>> table() {
        List<String> lines;
        try (InputStream in = EndpointRoleMatrixTest.class.getResourceAsStream("/access-matrix.csv")) {
            assertNotNull(in, "access-matrix.csv is not on the test class path");
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals("operationId", header.get(0), "the table's first column");
        assertEquals(CALLERS, header.subList(1, header.size()), "the table's callers");
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, "cells in the row " + line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i < cells.length; i++) {
                String outcome = cells[i].trim();
                assertTrue(OUTCOMES.contains(outcome), "'" + outcome + "' in the row " + line);
                row.put(header.get(i), outcome);
            }
            assertTrue(table.put(cells[0].trim(), row) == null, "two rows for " + cells[0]);
        }
        return table;
    }
}
