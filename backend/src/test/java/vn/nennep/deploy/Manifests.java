package vn.nennep.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every YAML document under deploy/k8s, parsed (a file may hold several documents), with the few walks the manifest
 * tests share: the Deployments' containers, the environment variable names they set, the HTTP paths they name.
 */
final class Manifests {

    static final Path ROOT = Path.of("..", "deploy", "k8s").toAbsolutePath().normalize();
    static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm").toAbsolutePath();
    static final Path README = ROOT.resolve("README.md");

    /** One document: the file it came from (relative to deploy/k8s) and its tree. */
    record Doc(String file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return file + " (" + kind() + " " + name() + ")";
        }
    }

    private static final JsonNode EMPTY = new ObjectMapper().createObjectNode();

    final List<Doc> docs;

    private Manifests(List<Doc> docs) {
        this.docs = docs;
    }

    static Manifests load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                String relative = ROOT.relativize(file).toString();
                try (var parser = yaml.createParser(file.toFile())) {
                    for (var it = yaml.readValues(parser, JsonNode.class); it.hasNext(); ) {
                        JsonNode node = it.next();
                        if (node != null && !node.isNull() && !node.isMissingNode()) {
                            docs.add(new Doc(relative, node));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (docs.isEmpty()) {
            throw new IllegalStateException("No manifest under " + ROOT);
        }
        return new Manifests(docs);
    }

    List<Doc> ofKind(String kind) {
        return docs.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    /** The complete resources of that kind (kustomize patches, which hold only what they change, left out). */
    List<Doc> resources(String kind) {
        Set<String> patches = patchFiles();
        return ofKind(kind).stream().filter(d -> !patches.contains(d.file())).toList();
    }

    /** Files named as patches by a kustomization, relative to deploy/k8s. */
    Set<String> patchFiles() {
        Set<String> patches = new TreeSet<>();
        for (Doc kustomization : ofKind("Kustomization")) {
            Path dir = ROOT.resolve(kustomization.file()).getParent();
            kustomization.node().path("patches").forEach(p -> {
                if (p.has("path")) {
                    patches.add(ROOT.relativize(dir.resolve(p.path("path").asText()).normalize()).toString());
                }
            });
        }
        return patches;
    }

    /** Every container of every Deployment document (patches included: they may add env). */
    void eachContainer(Consumer<JsonNode> action) {
        eachContainer(ofKind("Deployment"), action);
    }

    /** Every container of these Deployments. */
    static void eachContainer(List<Doc> deployments, Consumer<JsonNode> action) {
        for (Doc deployment : deployments) {
            deployment.node().path("spec").path("template").path("spec").path("containers").forEach(action);
        }
    }

    /** Environment variable name → where it is set: each container's env, and the ConfigMaps it takes whole. */
    Map<String, String> environmentNames() {
        Map<String, String> names = new HashMap<>();
        eachContainer(container -> {
            container.path("env").forEach(e -> names.put(e.path("name").asText(), "env of " + container.path("name")));
            container.path("envFrom").forEach(from -> {
                String map = from.path("configMapRef").path("name").asText(null);
                if (map != null) {
                    configMapData(map).fieldNames().forEachRemaining(n -> names.put(n, "ConfigMap " + map));
                }
            });
        });
        return names;
    }

    /** The data of the ConfigMap named so (empty when there is none: another test says so). */
    JsonNode configMapData(String name) {
        return ofKind("ConfigMap").stream().filter(d -> d.name().equals(name)).findFirst()
                .map(d -> d.node().path("data")).orElse(EMPTY);
    }

    /** The value a container gets for an environment variable: its env entry, else a ConfigMap it takes whole. */
    String environmentValue(String name) {
        List<String> values = new ArrayList<>();
        eachContainer(container -> {
            container.path("env").forEach(e -> {
                if (e.path("name").asText().equals(name) && e.has("value")) {
                    values.add(e.path("value").asText());
                }
            });
            container.path("envFrom").forEach(from -> {
                JsonNode value = configMapData(from.path("configMapRef").path("name").asText()).path(name);
                if (value.isValueNode()) {
                    values.add(value.asText());
                }
            });
        });
        return values.isEmpty() ? null : values.get(0);
    }

    /** Every HTTP path the cluster will request: the probes' and the metrics scrape annotation's. */
    Set<String> httpPaths() {
        Set<String> paths = new TreeSet<>();
        eachContainer(container -> List.of("startupProbe", "readinessProbe", "livenessProbe").forEach(probe -> {
            JsonNode path = container.path(probe).path("httpGet").path("path");
            if (path.isTextual()) {
                paths.add(path.asText());
            }
        }));
        for (Doc deployment : ofKind("Deployment")) {
            JsonNode scrape = deployment.node().path("spec").path("template").path("metadata").path("annotations")
                    .path("prometheus.io/path");
            if (scrape.isTextual()) {
                paths.add(scrape.asText());
            }
        }
        return paths;
    }

}
