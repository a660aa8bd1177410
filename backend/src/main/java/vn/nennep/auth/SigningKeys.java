package vn.nennep.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The RSA key pair that signs and verifies access tokens. Runs before Quarkus, like the database choice: unless the
 * operator configured key files ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} and {@code SMALLRYE_JWT_SIGN_KEY_LOCATION}),
 * a pair is generated once into {@code NENNEP_KEY_DIR} (default {@code ~/.nennep/keys}) and reused, so tokens
 * survive restarts. Keys never live in the repository.
 */
public final class SigningKeys {

    public static final String VERIFY_PROPERTY = "mp.jwt.verify.publickey.location";
    public static final String SIGN_PROPERTY = "smallrye.jwt.sign.key.location";
    static final String PRIVATE_FILE = "token-signing.key.pem";
    static final String PUBLIC_FILE = "token-signing.pub.pem";

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
    public static Map<String, String> ensure(Path dir) {
        Path privateKey = dir.resolve(PRIVATE_FILE);
        Path publicKey = dir.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
                write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
                restrict(privateKey);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the token signing keys in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(VERIFY_PROPERTY, publicKey.toAbsolutePath().toString(),
                SIGN_PROPERTY, privateKey.toAbsolutePath().toString());
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
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }
}
