package vn.nennep.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.nennep.common.NennepConfig;
import vn.nennep.organizations.Organization;

/**
 * Loads the demo district into an empty database at start-up, so that a newcomer sees something real at once.
 * An automated deployment sets {@code NENNEP_DEMO_DATA=false} and starts empty.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final NennepConfig config;
    private final EntityManager em;

    public DemoData(NennepConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        boolean loaded = QuarkusTransaction.requiringNew().call(this::loadIfEmpty);
        if (loaded) {
            LOG.info("Đã nạp dữ liệu mẫu: Đảng bộ huyện Nam Sách (demo district loaded; NENNEP_DEMO_DATA=false skips it)");
        }
    }

    /** Loads the demo district when there is no organization yet; returns whether it did. */
    boolean loadIfEmpty() {
        if (Organization.count() > 0) {
            return false;
        }
        new DemoDistrict(em).load();
        return true;
    }
}
