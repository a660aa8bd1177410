package vn.nennep;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import vn.nennep.database.DatabaseBootstrap;

/** Chooses the database (see {@link DatabaseBootstrap}), then runs Quarkus. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        DatabaseBootstrap.run();
        Quarkus.run(args);
    }
}
