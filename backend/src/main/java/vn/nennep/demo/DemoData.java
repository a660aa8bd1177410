package vn.nennep.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.nennep.common.AdvisoryLocks;
import vn.nennep.common.NennepConfig;
import vn.nennep.common.Time;
import vn.nennep.demo.DemoProgress.Part;
import vn.nennep.meetings.MeetingWriter;
import vn.nennep.organizations.Organization;

/**
 * Loads the demo districts (Nam Sách, then Triệu Sơn) into an empty database at start-up, so that a newcomer sees
 * something real at once, says how far it has come while it loads, and prints the demo accounts as a table. An automated deployment sets
 * {@code NENNEP_DEMO_DATA=false} and starts empty.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    /** The load is one transaction; on a slow or busy machine it can take more than the default 60 s. */
    static final int LOAD_TIMEOUT_SECONDS = 600;

    private final NennepConfig config;
    private final EntityManager em;
    private final MeetingWriter meetingWriter;

    public DemoData(NennepConfig config, EntityManager em, MeetingWriter meetingWriter) {
        this.config = config;
        this.em = em;
        this.meetingWriter = meetingWriter;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        List<DemoDistrict.Account> accounts = QuarkusTransaction.requiringNew().timeout(LOAD_TIMEOUT_SECONDS)
                .call(this::loadIfEmpty);
        if (accounts.isEmpty()) {
            return;
        }
        LOG.info("Đã nạp dữ liệu mẫu: Đảng bộ huyện Nam Sách và Đảng bộ huyện Triệu Sơn (demo districts loaded;"
                + " NENNEP_DEMO_DATA=false skips them)");
        LOG.info(accountsTable(accounts));
    }

    /** Loads the demo districts when there is no organization yet; returns their accounts, none when it did not. */
    List<DemoDistrict.Account> loadIfEmpty() {
        // Instances starting together against an empty database: one loads, the others wait here (up to the load's
        // timeout), then find organizations and load nothing.
        AdvisoryLocks.lockForTransaction(em, AdvisoryLocks.DEMO_DATA);
        if (Organization.count() > 0) {
            return List.of();
        }
        DemoProgress progress = new DemoProgress(LOG::info, System::nanoTime);
        OffsetDateTime now = Time.now();
        List<DemoDistrict.Account> accounts = new DemoDistrict(em).load(progress);
        progress.begin(Part.CONFERENCES);
        new DemoConferences(em).load();
        new DemoResolutions(em).load();
        progress.begin(Part.MEETINGS);
        new DemoMeetings(em, meetingWriter, now).load(progress);
        new DemoPaperBooks(em, meetingWriter).load();
        progress.begin(Part.RECOMMENDATIONS);
        new DemoRecommendations(em).load();
        // Triệu Sơn last: Nam Sách's parts find their organizations by name and code, and see only Nam Sách.
        progress.begin(Part.TRIEU_SON);
        List<DemoDistrict.Account> trieuSon = new DemoTrieuSon(em).load();
        new DemoStudies(em, now).load();
        return Stream.concat(accounts.stream(), trieuSon.stream()).toList();
    }

    /**
     * The accounts as a table, one line each, the columns aligned; a single log record (one JSON line when the logs
     * are JSON), its first line the title.
     */
    static String accountsTable(List<DemoDistrict.Account> accounts) {
        String[] header = {"Tên đăng nhập", "Vai trò", "Mật khẩu", "Thấy và làm được"};
        String[] english = {"Username", "Role", "Password", "Sees and changes"};
        int[] width = {header[0].length(), header[1].length(), header[2].length()};
        for (DemoDistrict.Account account : accounts) {
            width[0] = Math.max(width[0], account.username().length());
            width[1] = Math.max(width[1], account.role().name().length());
            width[2] = Math.max(width[2], account.password().length());
        }
        String row = "%n  %-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s";
        StringBuilder table = new StringBuilder("Tài khoản mẫu: mật khẩu chỉ in lần này, đổi bằng"
                + " POST /api/v1/auth/password | Demo accounts: passwords shown only now, change them with"
                + " POST /api/v1/auth/password");
        table.append(String.format("%n"));
        table.append(String.format(row, (Object[]) header));
        table.append(String.format(row, (Object[]) english));
        table.append(String.format(row, "-".repeat(width[0]), "-".repeat(width[1]), "-".repeat(width[2]),
                "-".repeat(header[3].length())));
        for (DemoDistrict.Account account : accounts) {
            table.append(String.format(row, account.username(), account.role().name(), account.password(),
                    account.sees()));
        }
        return table.toString();
    }
}
