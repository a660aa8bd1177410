package vn.nennep;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.nennep.auth.SigningKeys;
import vn.nennep.database.DatabaseBootstrap;

/** Chooses the database (see {@link DatabaseBootstrap}) and the token signing keys ({@link SigningKeys}), then runs Quarkus. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        DatabaseBootstrap.run();
        SigningKeys.configure(System.getenv());
        Quarkus.run(args);
    }
}
