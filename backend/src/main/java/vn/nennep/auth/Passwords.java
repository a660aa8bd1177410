package vn.nennep.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Passwords are stored as bcrypt hashes (cost 12) and never logged or returned. */
public final class Passwords {

    static final int COST = 12;
    /** A valid hash of a random password: checked against when the user does not exist, to take the same time. */
    private static final String DECOY = BcryptUtil.bcryptHash(Secrets.random(16), COST);

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Whether {@code password} matches {@code hash}; with a null hash, spends the same time and says no. */
    public static boolean matches(String password, String hash) {
        boolean known = hash != null;
        try {
            Password stored = ModularCrypt.decode(known ? hash : DECOY);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            boolean ok = factory.verify(factory.translate(stored), password.toCharArray());
            return known && ok;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
