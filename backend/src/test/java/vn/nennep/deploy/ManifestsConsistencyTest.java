package vn.nennep.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.nennep.auth.SigningKeys;

/**
 * The manifests under deploy/k8s among themselves, without a cluster: only kinds a cluster with CloudNativePG and its
 * Barman Cloud plugin knows; kustomizations naming files that exist; one image name; every Secret referenced has a
 * template; selectors that select the Deployment's pods; a PostgreSQL cluster that survives losing an instance without
 * losing a write, is backed up, and is the one the application connects to.
 */
class ManifestsConsistencyTest {

    private static final Manifests MANIFESTS = Manifests.load();
    private static final Map<String, Set<String>> KINDS = Map.of(
            "v1", Set.of("Namespace", "ServiceAccount", "ConfigMap", "Secret", "Service"),
            "apps/v1", Set.of("Deployment"),
            "policy/v1", Set.of("PodDisruptionBudget"),
            "autoscaling/v2", Set.of("HorizontalPodAutoscaler"),
            "networking.k8s.io/v1", Set.of("NetworkPolicy", "Ingress"),
            "postgresql.cnpg.io/v1", Set.of("Cluster", "ScheduledBackup", "Backup"),
            "barmancloud.cnpg.io/v1", Set.of("ObjectStore"),
            "kustomize.config.k8s.io/v1beta1", Set.of("Kustomization"));
    private static final String IMAGE = "nennep/nennep-backend";

    @Test
    void everyDocumentIsAKindTheClusterKnows() {
        for (Manifests.Doc doc : MANIFESTS.docs) {
            String apiVersion = doc.node().path("apiVersion").asText();
            assertTrue(KINDS.getOrDefault(apiVersion, Set.of()).contains(doc.kind()),
                    doc + ": unknown apiVersion/kind " + apiVersion + "/" + doc.kind());
            assertTrue(!doc.name().isBlank() || doc.kind().equals("Kustomization"), doc + " has a name");
        }
    }

    @Test
    void kustomizationsNameFilesThatExistAndEveryManifestIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Manifests.Doc kustomization : MANIFESTS.ofKind("Kustomization")) {
            Path dir = Manifests.ROOT.resolve(kustomization.file()).getParent();
            used.add(kustomization.file());
            List<String> named = new ArrayList<>();
            kustomization.node().path("resources").forEach(r -> named.add(r.asText()));
            kustomization.node().path("patches").forEach(p -> named.add(p.path("path").asText()));
            for (String name : named) {
                Path target = dir.resolve(name).normalize();
                assertTrue(Files.exists(target), kustomization + " names " + name + ", which does not exist");
                used.add(Manifests.ROOT.relativize(Files.isDirectory(target)
                        ? target.resolve("kustomization.yaml") : target).toString());
            }
        }
        for (Manifests.Doc doc : MANIFESTS.docs) {
            boolean template = doc.file().startsWith("secrets/");
            assertTrue(used.contains(doc.file()) || template, doc + " is in no kustomization");
            assertTrue(!template || doc.kind().equals("Secret"), doc + ": secrets/ holds Secret templates only");
        }
        for (String patch : MANIFESTS.patchFiles()) {
            Manifests.Doc doc = MANIFESTS.docs.stream().filter(d -> d.file().equals(patch)).findFirst().orElseThrow();
            assertTrue(MANIFESTS.resources(doc.kind()).stream().anyMatch(r -> r.name().equals(doc.name())),
                    patch + " patches " + doc.kind() + " " + doc.name() + ", which no base defines");
        }
    }

    @Test
    void theImageHasOneNameEverywhere() throws IOException {
        MANIFESTS.eachContainer(c -> {
            if (c.has("image")) {
                assertEquals(IMAGE, c.path("image").asText().replaceFirst(":[^/]*$", ""), "image of " + c.path("name"));
            }
        });
        for (Manifests.Doc kustomization : MANIFESTS.ofKind("Kustomization")) {
            kustomization.node().path("images").forEach(i -> assertEquals(IMAGE, i.path("name").asText(),
                    kustomization + " sets the tag of another image"));
        }
        Matcher built = Pattern.compile("docker build .* -t ([^ :]+)").matcher(Files.readString(Manifests.DOCKERFILE));
        assertTrue(built.find(), "Dockerfile.jvm's header says how to build the image");
        assertEquals(IMAGE, built.group(1), "the image Dockerfile.jvm's header builds");
        assertTrue(Files.readString(Manifests.README).contains(IMAGE), "deploy/k8s/README.md names the image");
    }

    @Test
    void everySecretAndConfigMapReferencedExists() {
        Map<String, Set<String>> secrets = secretKeys();
        Set<String> maps = new TreeSet<>(MANIFESTS.ofKind("ConfigMap").stream().map(Manifests.Doc::name).toList());
        for (Manifests.Doc doc : MANIFESTS.docs) {
            walk(doc.node(), "", (path, node) -> {
                if (path.endsWith("secretKeyRef") || path.endsWith("accessKeyId") || path.endsWith("secretAccessKey")) {
                    Set<String> keys = secrets.get(node.path("name").asText());
                    assertTrue(keys != null, doc + " " + path + ": no Secret " + node);
                    assertTrue(keys.contains(node.path("key").asText()), doc + " " + path + ": no such key " + node);
                } else if (path.endsWith("secret") && node.has("secretName") || path.endsWith("tls[]")) {
                    assertTrue(secrets.containsKey(node.path("secretName").asText()), doc + " " + path + ": no Secret");
                } else if (path.endsWith("configMapRef")) {
                    assertTrue(maps.contains(node.path("name").asText()), doc + " " + path + ": no ConfigMap");
                }
            });
        }
    }

    /**
     * Both key locations are set, and each is a file of the mounted signing key Secret: otherwise every pod would
     * generate a key pair of its own, and a token signed by one pod would be refused by the others.
     */
    @Test
    void everyPodIsGivenTheSameSigningKeyPair() {
        Map<String, Set<String>> secrets = secretKeys();
        JsonNode pod = MANIFESTS.resources("Deployment").get(0).node().path("spec").path("template").path("spec");
        for (String property : List.of(SigningKeys.VERIFY_PROPERTY, SigningKeys.SIGN_PROPERTY)) {
            String location = MANIFESTS.environmentValue(AppSettings.envName(property));
            assertTrue(location != null && location.startsWith("/"), AppSettings.envName(property) + " is a file");
            boolean mounted = false;
            for (JsonNode mount : pod.path("containers").get(0).path("volumeMounts")) {
                String dir = mount.path("mountPath").asText() + "/";
                for (JsonNode volume : pod.path("volumes")) {
                    String secret = volume.path("secret").path("secretName").asText(null);
                    mounted |= volume.path("name").equals(mount.path("name")) && secret != null
                            && location.startsWith(dir)
                            && secrets.getOrDefault(secret, Set.of()).contains(location.substring(dir.length()));
                }
            }
            assertTrue(mounted, location + " is a key of a Secret mounted in the pods");
        }
    }

    /** Secret name → its keys: the templates', and those CloudNativePG puts in the Secret it generates. */
    private static Map<String, Set<String>> secretKeys() {
        Map<String, Set<String>> secrets = new HashMap<>();
        for (Manifests.Doc secret : MANIFESTS.ofKind("Secret")) {
            Set<String> keys = new TreeSet<>();
            secret.node().path("stringData").fieldNames().forEachRemaining(keys::add);
            secret.node().path("data").fieldNames().forEachRemaining(keys::add);
            secrets.put(secret.name(), keys);
        }
        // <cluster>-app: the database owner's credentials, generated unless initdb names a Secret of its own.
        MANIFESTS.resources("Cluster").forEach(c -> secrets.put(c.name() + "-app", Set.of("username", "password",
                "host", "port", "dbname", "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri", "pgpass")));
        return secrets;
    }

    @Test
    void selectorsSelectTheDeploymentsPods() {
        List<Manifests.Doc> deployments = MANIFESTS.resources("Deployment");
        assertEquals(1, deployments.size(), "one application Deployment");
        JsonNode deployment = deployments.get(0).node();
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        assertSubset(deployment.path("spec").path("selector").path("matchLabels"), labels, "Deployment selector");
        MANIFESTS.resources("Service").forEach(s -> assertSubset(s.node().path("spec").path("selector"), labels,
                s.toString()));
        MANIFESTS.resources("PodDisruptionBudget").forEach(p -> assertSubset(
                p.node().path("spec").path("selector").path("matchLabels"), labels, p.toString()));
        MANIFESTS.resources("NetworkPolicy").forEach(n -> assertSubset(
                n.node().path("spec").path("podSelector").path("matchLabels"), labels, n.toString()));
        deployment.path("spec").path("template").path("spec").path("topologySpreadConstraints").forEach(t ->
                assertSubset(t.path("labelSelector").path("matchLabels"), labels, "topology spread"));
        for (Manifests.Doc hpa : MANIFESTS.resources("HorizontalPodAutoscaler")) {
            JsonNode target = hpa.node().path("spec").path("scaleTargetRef");
            assertEquals("Deployment", target.path("kind").asText(), hpa + " scales");
            assertEquals(deployments.get(0).name(), target.path("name").asText(), hpa + " scales");
        }
    }

    @Test
    void theApplicationRunsSeveralPodsAndRollsWithoutDowntime() {
        for (Manifests.Doc doc : MANIFESTS.ofKind("Deployment")) {
            JsonNode spec = doc.node().path("spec");
            assertTrue(spec.path("replicas").isMissingNode() || spec.path("replicas").asInt() >= 2, doc + " replicas");
        }
        for (Manifests.Doc kustomization : MANIFESTS.ofKind("Kustomization")) {
            kustomization.node().path("replicas").forEach(r -> assertTrue(r.path("count").asInt() >= 2,
                    kustomization + " runs " + r.path("count") + " pods"));
        }
        MANIFESTS.ofKind("HorizontalPodAutoscaler").forEach(h -> {
            JsonNode min = h.node().path("spec").path("minReplicas");
            assertTrue(min.isMissingNode() || min.asInt() >= 2, h + " never scales under two pods");
        });
        JsonNode spec = MANIFESTS.resources("Deployment").get(0).node().path("spec");
        assertEquals(0, spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1),
                "a rolling update starts a new pod before it stops an old one");
        JsonNode pod = spec.path("template").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), "pods run as a non-root user");
        MANIFESTS.eachContainer(c -> {
            if (c.has("image")) {
                assertTrue(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(), "read-only root");
                assertTrue(c.path("resources").path("requests").has("cpu"), "a CPU request (the autoscaler needs it)");
                assertTrue(c.path("resources").path("limits").has("memory"), "a memory limit");
                assertTrue(c.path("lifecycle").has("preStop"), "a pause before stopping, while endpoints update");
            }
        });
    }

    @Test
    void postgresqlIsReplicatedSynchronouslyBackedUpAndTheOneTheApplicationUses() {
        List<Manifests.Doc> clusters = MANIFESTS.resources("Cluster");
        assertEquals(1, clusters.size(), "one PostgreSQL cluster");
        Manifests.Doc cluster = clusters.get(0);
        JsonNode spec = cluster.node().path("spec");
        assertTrue(spec.path("instances").asInt() >= 3, "a primary and at least two replicas");
        JsonNode sync = spec.path("postgresql").path("synchronous");
        assertTrue(sync.path("number").asInt() >= 1 || spec.path("minSyncReplicas").asInt() >= 1,
                "a commit waits for at least one replica");
        boolean archivesToPlugin = false;
        for (JsonNode plugin : spec.path("plugins")) {
            String store = plugin.path("parameters").path("barmanObjectName").asText();
            archivesToPlugin |= plugin.path("isWALArchiver").asBoolean()
                    && MANIFESTS.resources("ObjectStore").stream().anyMatch(o -> o.name().equals(store));
        }
        assertTrue(archivesToPlugin || spec.path("backup").has("barmanObjectStore"),
                "WAL is archived to an object store defined here");
        assertTrue(MANIFESTS.resources("ScheduledBackup").stream().anyMatch(b ->
                b.node().path("spec").path("cluster").path("name").asText().equals(cluster.name())),
                "base backups are scheduled for " + cluster.name());

        String jdbc = MANIFESTS.environmentValue("QUARKUS_DATASOURCE_JDBC_URL");
        URI uri = URI.create(jdbc.substring("jdbc:".length()));
        assertEquals(cluster.name() + "-rw", uri.getHost(), "the application writes through the primary's service");
        String database = spec.path("bootstrap").path("initdb").path("database").asText();
        assertEquals("/" + database, uri.getPath(), "the application uses the database the cluster creates");
        int dbPort = uri.getPort() < 0 ? 5432 : uri.getPort();
        boolean egress = false;
        for (Manifests.Doc policy : MANIFESTS.resources("NetworkPolicy")) {
            for (JsonNode rule : policy.node().path("spec").path("egress")) {
                boolean toCluster = false;
                for (JsonNode to : rule.path("to")) {
                    toCluster |= to.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText()
                            .equals(cluster.name());
                }
                for (JsonNode port : rule.path("ports")) {
                    egress |= toCluster && port.path("port").asInt() == dbPort;
                }
            }
        }
        assertTrue(egress, "the network policy lets the pods reach " + cluster.name() + " on " + dbPort);
    }

    private static void assertSubset(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selector.size() > 0, what + " selects by label");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(),
                labels.path(e.getKey()).asText(null), what + " selects " + e.getKey() + " the pods do not carry"));
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    /** Every object in the tree with its path of field names ({@code spec.template...}; [] for list items). */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), visitor));
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, path + "[]", visitor));
        }
    }
}
