package vn.nennep.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;
import vn.nennep.common.NennepConfig;
import vn.nennep.common.Time;
import vn.nennep.meetings.MeetingRules;
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
    private final MeetingRules meetingRules;

    public DemoData(NennepConfig config, EntityManager em, MeetingRules meetingRules) {
        this.config = config;
        this.em = em;
        this.meetingRules = meetingRules;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        List<DemoDistrict.Account> accounts = QuarkusTransaction.requiringNew().call(this::loadIfEmpty);
        if (accounts.isEmpty()) {
            return;
        }
        LOG.info("Đã nạp dữ liệu mẫu: Đảng bộ huyện Nam Sách (demo district loaded; NENNEP_DEMO_DATA=false skips it)");
        LOG.info("Tài khoản mẫu, mật khẩu chỉ in lần này; đổi bằng POST /api/v1/auth/password"
                + " (demo accounts, passwords shown only now; change them with POST /api/v1/auth/password):");
        for (DemoDistrict.Account account : accounts) {
            LOG.infof("  %-16s %-19s %s", account.username(), account.role(), account.password());
        }
    }

    /** Loads the demo district when there is no organization yet; returns its accounts, none when it did not. */
    List<DemoDistrict.Account> loadIfEmpty() {
        if (Organization.count() > 0) {
            return List.of();
        }
        List<DemoDistrict.Account> accounts = new DemoDistrict(em).load();
        new DemoConferences(em).load();
        new DemoResolutions(em).load();
        new DemoMeetings(em, meetingRules, Time.now()).load();
        new DemoPaperBooks(em, meetingRules).load();
        new DemoRecommendations(em).load();
        return accounts;
    }
}
