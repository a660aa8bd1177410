package vn.nennep.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Api;

/**
 * The code and openapi.yaml describe the same operations: every JAX-RS method is in the contract with the same
 * path template, and every operation of the contract exists in the code. Fails as soon as one side changes alone.
 */
class ContractCoverageTest {

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    @Test
    void codeAndContractHaveTheSameOperations() throws IOException {
        assertEquals(operationsInContract(), operationsInCode(),
                "operations in openapi.yaml (expected) vs JAX-RS methods in the code (actual)");
    }

    @Test
    void everyOperationHasASummaryAndProblemErrors() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!HTTP_METHODS.contains(op.getKey().toUpperCase())) {
                return;
            }
            String where = op.getKey() + " " + path.getKey();
            assertFalse(op.getValue().path("summary").asText().isBlank(), "summary of " + where);
            op.getValue().get("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertThat(response.getKey() + " of " + where, response.getValue().path("$ref").asText(),
                            startsWith("#/components/responses/"));
                }
            });
        }));
    }

    private static Set<String> operationsInContract() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)).get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method.toUpperCase())) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    private static Set<String> operationsInCode() throws IOException {
        Index index = indexOf(Path.of("target", "classes"));
        Set<String> operations = new TreeSet<>();
        for (AnnotationInstance classPath : index.getAnnotations(PATH)) {
            if (classPath.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = classPath.target().asClass();
            for (MethodInfo method : resource.methods()) {
                String verb = method.annotations().stream()
                        .map(a -> a.name().withoutPackagePrefix())
                        .filter(HTTP_METHODS::contains)
                        .findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                String path = classPath.value().asString()
                        + (methodPath == null ? "" : "/" + methodPath.value().asString());
                operations.add(verb + " " + path.replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
            }
        }
        return operations;
    }

    private static Index indexOf(Path classes) throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }
}
