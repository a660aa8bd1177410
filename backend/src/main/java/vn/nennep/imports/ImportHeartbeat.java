package vn.nennep.imports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.nennep.common.Messages;
import vn.nennep.common.NennepConfig;
import vn.nennep.common.ProblemKind;

/**
 * Every few seconds ({@code nennep.imports.heartbeat-every}), on every instance: the imports this instance runs say
 * they are alive, then any import whose instance has said nothing for {@code nennep.imports.stale-after} is marked
 * FAILED with a problem saying so. Its data was never committed (its transaction died with its connection), its
 * Idempotency-Key is freed, and GET /imports/{jobId} says FAILED instead of RUNNING for ever. Every instance runs this
 * at once without a lock: marking is one UPDATE that a second instance finds already done ({@link ImportJobs}).
 */
@ApplicationScoped
class ImportHeartbeat {

    private static final Logger LOG = Logger.getLogger(ImportHeartbeat.class);

    private final ImportJobs jobs;
    private final Duration staleAfter;

    ImportHeartbeat(ImportJobs jobs, NennepConfig config) {
        this.jobs = jobs;
        this.staleAfter = config.imports().staleAfter();
    }

    @Scheduled(every = "${nennep.imports.heartbeat-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        jobs.beat();
        for (ImportJobs.Abandoned job : jobs.failAbandoned(staleAfter, problem(Messages.VIETNAMESE),
                problem(Locale.ENGLISH))) {
            LOG.warnf("Lượt nhập %s của máy chủ %s không còn tín hiệu sau %d giây: đánh dấu FAILED"
                    + " (import job of a stopped instance marked FAILED)", job.id(), job.instance(),
                    staleAfter.toSeconds());
        }
    }

    /** The problem stored on an abandoned job, as ImportService stores any failed job's. */
    Map<String, Object> problem(Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        ProblemKind kind = ProblemKind.SERVICE_UNAVAILABLE;
        problem.put("type", kind.type());
        problem.put("title", Messages.get(locale, kind.titleKey()));
        problem.put("status", kind.status);
        problem.put("detail", Messages.get(locale, "import.job.abandoned", staleAfter.toSeconds()));
        return problem;
    }
}
