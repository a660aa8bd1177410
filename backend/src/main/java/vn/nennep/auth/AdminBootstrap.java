package vn.nennep.auth;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.nennep.common.AdvisoryLocks;
import vn.nennep.common.NennepConfig;

/**
 * An automated deployment's first administrator: created at start-up from {@code NENNEP_ADMIN_USERNAME} and
 * {@code NENNEP_ADMIN_PASSWORD} while no system administrator exists; ignored afterwards. Instances starting at once
 * create it once (an advisory lock).
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final Optional<String> username;
    private final Optional<String> password;

    public AdminBootstrap(NennepConfig config) {
        this.username = config.admin().username();
        this.password = config.admin().password();
    }

    void onStart(@Observes StartupEvent event) {
        if (username.isEmpty() || password.isEmpty() || username.get().isBlank()) {
            return;
        }
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            // Instances starting together against an empty database: one creates the administrator, the others
            // wait here, then see it.
            AdvisoryLocks.lockForTransaction(Panache.getEntityManager(), AdvisoryLocks.ADMIN_BOOTSTRAP);
            if (User.count("role", Role.SYSTEM_ADMIN) > 0
                    || User.count("lower(username) = lower(?1)", username.get().trim()) > 0) {
                return false;
            }
            User admin = new User();
            admin.username = username.get().trim().toLowerCase(java.util.Locale.ROOT);
            admin.fullName = "Quản trị hệ thống";
            admin.role = Role.SYSTEM_ADMIN;
            admin.passwordHash = Passwords.hash(password.get());
            admin.persist();
            return true;
        });
        if (created) {
            LOG.infof("Đã tạo tài khoản quản trị đầu tiên \"%s\" (first system administrator created)", username.get());
        }
    }
}
