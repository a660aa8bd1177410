package vn.nennep;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import vn.nennep.auth.SigningKeys;
import vn.nennep.database.DatabaseBootstrap;

/**
 * Chooses the database (see {@link DatabaseBootstrap}) and the token signing keys ({@link SigningKeys}), runs
 * Quarkus, and once it has started (after its own start-up lines) says which address to open.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("signing-key")) {
            SigningKeys.command(args); // a new key pair for rotation (deploy/ROTATING-KEYS.md), then exit
            return;
        }
        DatabaseBootstrap.run();
        SigningKeys.configure(System.getenv());
        Quarkus.run(Running.class, args);
    }

    /** Called by Quarkus when it has started: the last start-up line is the address of the web app. */
    public static class Running implements QuarkusApplication {

        private static final Logger LOG = Logger.getLogger(Main.class);

        @Override
        public int run(String... args) {
            LOG.infof("Nền nếp đã sẵn sàng: mở %1$s trong trình duyệt | Nền nếp is ready: open %1$s in a browser",
                    address());
            Quarkus.waitForExit();
            return 0;
        }

        /** http://localhost:PORT/ (the port the server listens on, also when it was chosen at random). */
        static String address() {
            // Quarkus sets quarkus.http.port to the port it actually listens on.
            String port = System.getProperty("quarkus.http.port",
                    ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", String.class).orElse("8080"));
            String host = ConfigProvider.getConfig().getOptionalValue("quarkus.http.host", String.class)
                    .orElse("0.0.0.0");
            boolean everywhere = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
            return "http://" + (everywhere ? "localhost" : host) + ":" + port + "/";
        }
    }
}
