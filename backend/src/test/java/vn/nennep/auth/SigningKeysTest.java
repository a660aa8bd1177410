package vn.nennep.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a rotation is made of (deploy/ROTATING-KEYS.md): each new key goes first into the verification set, which
 * keeps the keys already there and never holds a private key; a key id is never reused. That the running application
 * verifies with them (old key, new key, unknown key) is SeveralInstancesIT's.
 */
class SigningKeysTest {

    @TempDir
    Path keys;

    @Test
    void aNewKeyJoinsTheSetFirstAndTheOldOneStays() throws Exception {
        Map<String, String> old = SigningKeys.newJwk(keys, "k-2026-06");
        Map<String, String> next = SigningKeys.newJwk(keys, "k-2026-12");

        String set = Files.readString(Path.of(next.get(SigningKeys.VERIFY_PROPERTY)));
        var inSet = new JsonWebKeySet(set).getJsonWebKeys();
        assertEquals(java.util.List.of("k-2026-12", "k-2026-06"), inSet.stream().map(JsonWebKey::getKeyId).toList());
        assertFalse(set.contains("\"d\""), "no private key in the set: " + set);
        for (JsonWebKey key : inSet) {
            assertEquals("RS256", key.getAlgorithm());
            assertEquals("sig", key.getUse());
        }

        Path signing = Path.of(old.get(SigningKeys.SIGN_PROPERTY));
        PublicJsonWebKey pair = PublicJsonWebKey.Factory.newPublicJwk(Files.readString(signing));
        assertEquals("k-2026-06", pair.getKeyId());
        assertTrue(pair.getPrivateKey() != null, "the signing file holds the private key");
        assertEquals(pair.getPublicKey(), ((PublicJsonWebKey) inSet.get(1)).getPublicKey());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(signing));
    }

    /** Instances sharing NENNEP_KEY_DIR and starting together end up with one complete pair. */
    @Test
    void startingTogetherMakesOnePair() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var tasks = java.util.Collections.nCopies(4,
                    (java.util.concurrent.Callable<Map<String, String>>) () -> SigningKeys.ensure(keys));
            for (var done : pool.invokeAll(tasks)) {
                assertEquals(keys.resolve(SigningKeys.PUBLIC_FILE).toAbsolutePath().toString(),
                        done.get().get(SigningKeys.VERIFY_PROPERTY));
            }
        } finally {
            pool.shutdown();
        }
        var rsa = java.security.KeyFactory.getInstance("RSA");
        var privateKey = rsa.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der(SigningKeys.PRIVATE_FILE)));
        var publicKey = rsa.generatePublic(new java.security.spec.X509EncodedKeySpec(der(SigningKeys.PUBLIC_FILE)));
        var signature = java.security.Signature.getInstance("SHA256withRSA");
        signature.initSign(privateKey);
        signature.update(new byte[] {1, 2, 3});
        byte[] signed = signature.sign();
        signature.initVerify(publicKey);
        signature.update(new byte[] {1, 2, 3});
        assertTrue(signature.verify(signed), "the public key is the private key's");
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(keys.resolve(SigningKeys.PRIVATE_FILE)));
    }

    private byte[] der(String file) throws Exception {
        String pem = Files.readString(keys.resolve(file));
        return java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    @Test
    void aKeyIdIsNeverReusedAndMustBePlain() {
        SigningKeys.newJwk(keys, "k-1");
        assertThrows(IllegalArgumentException.class, () -> SigningKeys.newJwk(keys, "k-1"));
        assertThrows(IllegalArgumentException.class, () -> SigningKeys.newJwk(keys, "../k-2"));
    }
}
