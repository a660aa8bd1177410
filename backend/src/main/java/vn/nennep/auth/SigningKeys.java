package vn.nennep.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * The RSA key pair that signs and verifies access tokens. Runs before Quarkus, like the database choice: unless the
 * operator configured key files ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} and {@code SMALLRYE_JWT_SIGN_KEY_LOCATION}),
 * a pair is generated once into {@code NENNEP_KEY_DIR} (default {@code ~/.nennep/keys}) and reused, so tokens
 * survive restarts. Keys never live in the repository.
 *
 * <p>Several instances share ONE key pair: the operator gives each the same two files (a Kubernetes Secret mounted
 * as files). To rotate, the verification file is a JSON Web Key Set holding the new key and the previous one, and the
 * signing key a JWK whose {@code kid} every new token carries; SmallRye JWT picks the verification key by the token's
 * {@code kid} ({@link #newJwk}, deploy/ROTATING-KEYS.md).
 */
public final class SigningKeys {

    public static final String VERIFY_PROPERTY = "mp.jwt.verify.publickey.location";
    public static final String SIGN_PROPERTY = "smallrye.jwt.sign.key.location";
    static final String PRIVATE_FILE = "token-signing.key.pem";
    static final String PUBLIC_FILE = "token-signing.pub.pem";
    static final String JWKS_FILE = "token-verify.jwks.json";

    private SigningKeys() {
    }

    /** Sets the key locations as system properties unless configured; returns the folder used, or null. */
    public static Path configure(Map<String, String> env) {
        if (configured(env, VERIFY_PROPERTY) && configured(env, SIGN_PROPERTY)) {
            return null;
        }
        Path dir = env.get("NENNEP_KEY_DIR") != null && !env.get("NENNEP_KEY_DIR").isBlank()
                ? Path.of(env.get("NENNEP_KEY_DIR"))
                : Path.of(System.getProperty("user.home"), ".nennep", "keys");
        Map<String, String> locations = ensure(dir);
        locations.forEach(System::setProperty);
        return dir;
    }

    /** Creates the key pair in {@code dir} unless it is there; returns the two location properties. */
    public static synchronized Map<String, String> ensure(Path dir) {
        Path privateKey = dir.resolve(PRIVATE_FILE);
        Path publicKey = dir.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                Files.createDirectories(dir);
                // Instances sharing the folder and starting together: one makes the pair, the others wait, then use it.
                try (FileChannel file = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock held = file.lock()) {
                    if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                        generator.initialize(2048);
                        KeyPair pair = generator.generateKeyPair();
                        // Each file appears whole (written aside, then moved), the public one last: whoever sees
                        // both sees a complete pair.
                        write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
                        write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the token signing keys in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(VERIFY_PROPERTY, publicKey.toAbsolutePath().toString(),
                SIGN_PROPERTY, privateKey.toAbsolutePath().toString());
    }

    /**
     * A new key pair for rotation, as JSON Web Keys: writes {@code token-signing.<keyId>.jwk.json} (the private key;
     * tokens signed with it carry {@code kid = keyId}) and puts its public key first in
     * {@code token-verify.jwks.json}, keeping the keys already there, so that tokens signed with those still verify.
     * Returns the two location properties to set: the new signing key and the set. See deploy/ROTATING-KEYS.md.
     */
    public static Map<String, String> newJwk(Path dir, String keyId) {
        if (keyId == null || !keyId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("A key id is 1 to 64 letters, digits, '.', '_' or '-': " + keyId);
        }
        Path privateKey = dir.resolve("token-signing." + keyId + ".jwk.json");
        Path keySet = dir.resolve(JWKS_FILE);
        try {
            Files.createDirectories(dir);
            List<JsonWebKey> keys = new ArrayList<>();
            if (Files.exists(keySet)) {
                keys.addAll(new JsonWebKeySet(Files.readString(keySet, StandardCharsets.UTF_8)).getJsonWebKeys());
            }
            if (Files.exists(privateKey) || keys.stream().anyMatch(key -> keyId.equals(key.getKeyId()))) {
                throw new IllegalArgumentException("The key id " + keyId + " is taken in " + dir);
            }
            RsaJsonWebKey pair = RsaJwkGenerator.generateJwk(2048);
            pair.setKeyId(keyId);
            pair.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            pair.setUse(Use.SIGNATURE);
            Files.writeString(privateKey, pair.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE) + "\n",
                    StandardCharsets.UTF_8);
            restrict(privateKey);
            keys.add(0, pair);
            Files.writeString(keySet, new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                    + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the token signing keys in " + dir, e);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot read or make the key set in " + dir, e);
        }
        return Map.of(VERIFY_PROPERTY, keySet.toAbsolutePath().toString(),
                SIGN_PROPERTY, privateKey.toAbsolutePath().toString());
    }

    /**
     * {@code java -jar quarkus-run.jar signing-key FOLDER KEY_ID}: {@link #newJwk} from the command line; prints the
     * two settings to give every instance.
     */
    public static void command(String... args) {
        if (args.length != 3) {
            System.err.println("Usage: java -jar quarkus-run.jar signing-key FOLDER KEY_ID");
            System.exit(2);
        }
        Map<String, String> locations = newJwk(Path.of(args[1]), args[2]);
        System.out.println("MP_JWT_VERIFY_PUBLICKEY_LOCATION=" + locations.get(VERIFY_PROPERTY));
        System.out.println("SMALLRYE_JWT_SIGN_KEY_LOCATION=" + locations.get(SIGN_PROPERTY));
    }

    private static boolean configured(Map<String, String> env, String property) {
        String envName = property.toUpperCase().replace('.', '_');
        String fromEnv = env.get(envName);
        String fromProperty = System.getProperty(property);
        return (fromEnv != null && !fromEnv.isBlank()) || (fromProperty != null && !fromProperty.isBlank());
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Path aside = Files.createTempFile(file.getParent(), ".new-", ".pem");
        permit(aside, type.startsWith("PUBLIC") ? "rw-r--r--" : "rw-------");
        Files.writeString(aside, pem, StandardCharsets.US_ASCII);
        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void restrict(Path file) throws IOException {
        permit(file, "rw-------");
    }

    private static void permit(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }
}
