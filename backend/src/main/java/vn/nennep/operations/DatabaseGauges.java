package vn.nennep.operations;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import vn.nennep.common.NennepConfig;
import org.jboss.logging.Logger;

/**
 * Gauges read from the database, for the whole deployment rather than one instance: import jobs running and the age
 * of the oldest (a job whose instance died stays RUNNING until marked failed), and the change feed's backlog, the
 * outbox rows the sequencer ({@code vn.nennep.changes.ChangeSequencer}) has not numbered yet and the age of the oldest
 * (a mirror reading the feed cannot see them: this is how far the feed lags behind the writes), with the newest
 * number given.
 * <p>
 * One query per refresh, every {@code nennep.metrics.refresh-every} (15 s), on a scheduler thread; a scrape only reads
 * the last values, so that it never waits for the database. When the database does not answer (the pool's acquisition
 * timeout, 3 s, or the statement's own 5 s), or the last good reading is older than three periods (a refresh hangs),
 * the gauges read NaN and {@code nennep_database_up} 0. Every instance runs it (each exposes its own gauges; dashboards
 * take the max over instances): a read of two small sets, no lock needed.
 */
@ApplicationScoped
@Startup
public class DatabaseGauges {

    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    /**
     * RUNNING jobs: a sequential scan of import_jobs, one row per import ever run (thousands for a province). The
     * outbox's unnumbered rows come from its partial index (seq IS NULL), a few rows between two sequencer runs; the
     * highest number from the other partial index's end.
     */
    static final String QUERY = """
            SELECT jobs.running, jobs.oldest, outbox.waiting, outbox.oldest, numbered.last
            FROM (SELECT count(*) AS running, extract(epoch FROM now() - min(started_at)) AS oldest
                  FROM import_jobs WHERE status = 'RUNNING') jobs,
                 (SELECT count(*) AS waiting, extract(epoch FROM now() - min(at)) AS oldest
                  FROM change_outbox WHERE seq IS NULL) outbox,
                 (SELECT max(seq) AS last FROM change_outbox WHERE seq IS NOT NULL) numbered""";

    static final int QUERY_TIMEOUT_SECONDS = 5;

    /** One reading of the query, taken at {@code atNanos} (System.nanoTime). */
    record Reading(double importJobsRunning, double oldestImportJobSeconds, double unsequencedRows,
            double oldestUnsequencedSeconds, double lastSeq, long atNanos) {
    }

    private final AgroalDataSource dataSource;
    private final long staleAfterNanos;
    private volatile Reading last;
    private volatile boolean lastFailed;

    @Inject
    public DatabaseGauges(AgroalDataSource dataSource, MeterRegistry registry,
            NennepConfig config,
            @Any InjectableInstance<AgroalDataSource> pools) {
        this(dataSource, registry, config.metrics().refreshEvery());
        // Every pool's maximum, labelled like agroal_*: the default datasource, and any other (a read-only one).
        for (InstanceHandle<AgroalDataSource> pool : pools.handles()) {
            if (!pool.getBean().checkActive().value()) {
                continue; // configured but switched off (quarkus.datasource."name".active=false)
            }
            String name = pool.getBean().getQualifiers().stream()
                    .filter(q -> q instanceof io.quarkus.agroal.DataSource).findFirst()
                    .map(q -> ((io.quarkus.agroal.DataSource) q).value()).orElse("default");
            Gauge.builder("nennep_datasource_max_connections", pool.get(),
                            ds -> ds.getConfiguration().connectionPoolConfiguration().maxSize())
                    .description("The connection pool's maximum size (agroal_active_count is the part in use)")
                    .tag("datasource", name).strongReference(true).register(registry);
        }
    }

    /** The database gauges alone, read through {@code dataSource} (tests: a pool that cannot connect). */
    DatabaseGauges(AgroalDataSource dataSource, MeterRegistry registry, Duration every) {
        this.dataSource = dataSource;
        this.staleAfterNanos = every.multipliedBy(3).toNanos();
        gauge(registry, "nennep_import_jobs_running", "Import jobs in status RUNNING", Reading::importJobsRunning);
        gauge(registry, "nennep_import_jobs_oldest_running_age_seconds",
                "Seconds since the oldest RUNNING import job started (0: none running)", Reading::oldestImportJobSeconds);
        gauge(registry, "nennep_change_feed_unsequenced_rows",
                "Change outbox rows committed but not yet numbered: not yet visible in the change feed",
                Reading::unsequencedRows);
        gauge(registry, "nennep_change_feed_oldest_unsequenced_age_seconds",
                "Seconds since the oldest change not yet numbered was made (0: none waiting)",
                Reading::oldestUnsequencedSeconds);
        gauge(registry, "nennep_change_feed_last_seq", "The highest number given in the change feed", Reading::lastSeq);
        Gauge.builder("nennep_database_up", this, g -> g.fresh() == null ? 0 : 1)
                .description("1 when this instance's last reading of the database gauges succeeded in time")
                .strongReference(true).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Reading> value) {
        Gauge.builder(name, this, g -> {
            Reading reading = g.fresh();
            return reading == null ? Double.NaN : value.applyAsDouble(reading);
        }).description(description).strongReference(true).register(registry);
    }

    /** The last reading when it succeeded and is recent enough; otherwise null. */
    Reading fresh() {
        Reading reading = last;
        if (lastFailed || reading == null || System.nanoTime() - reading.atNanos() > staleAfterNanos) {
            return null;
        }
        return reading;
    }

    @Scheduled(every = "${nennep.metrics.refresh-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            last = read();
            lastFailed = false;
        } catch (SQLException | RuntimeException e) {
            if (!lastFailed) {
                LOG.warnf("The database gauges could not be read (they read NaN until they can): %s", e.getMessage());
            }
            lastFailed = true;
        }
    }

    private Reading read() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet row = statement.executeQuery(QUERY)) {
                row.next();
                return new Reading(row.getLong(1), row.getDouble(2), row.getLong(3), row.getDouble(4), row.getLong(5),
                        System.nanoTime());
            }
        }
    }
}
