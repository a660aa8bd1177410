package vn.nennep.operations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The gauges read from the database ({@link DatabaseGauges}): right after rows appear, read once per refresh, and NaN
 * (never a failed or hanging scrape) when the database does not answer.
 */
@QuarkusTest
class DatabaseGaugesTest {

    /** ChangeSequencer's advisory lock: held by the test, the sequencer cannot number the row it adds. */
    private static final long SEQUENCER_LOCK = 0x6e656e6e_6570_4348L;

    @Inject
    DatabaseGauges gauges;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void runningImportJobsAndTheOldestAge() throws Exception {
        gauges.refresh();
        double before = Scrape.now().value("nennep_import_jobs_running");
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            insertJob(c, old, "RUNNING", "now() - interval '3 days'");
            insertJob(c, recent, "RUNNING", "now()");
            insertJob(c, UUID.randomUUID(), "SUCCEEDED", "now() - interval '30 days'");
            gauges.refresh();
            Scrape scrape = Scrape.now();
            assertEquals(before + 2, scrape.value("nennep_import_jobs_running"));
            double age = scrape.value("nennep_import_jobs_oldest_running_age_seconds");
            assertTrue(age >= 3 * 86_400 && age < 3 * 86_400 + 600, "age " + age);
            assertEquals(1, scrape.value("nennep_database_up"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from import_jobs where resource = 'metrics-test'");
            }
        }
    }

    @Test
    void changesNotYetInTheFeed() throws Exception {
        try (Connection lock = dataSource.getConnection(); Connection c = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + SEQUENCER_LOCK + ")");
            }
            long id;
            try (Statement s = c.createStatement()) {
                var rows = s.executeQuery("""
                        insert into change_outbox (resource, resource_id, operation, at, rev, href, visibility)
                        values ('metrics-test', gen_random_uuid(), 'CREATE', now() - interval '1 hour', 0,
                            '/api/v1/metrics-test', 'ADMIN') returning id""");
                rows.next();
                id = rows.getLong(1);
            }
            try {
                gauges.refresh();
                Scrape scrape = Scrape.now();
                assertTrue(scrape.value("nennep_change_feed_unsequenced_rows") >= 1);
                double age = scrape.value("nennep_change_feed_oldest_unsequenced_age_seconds");
                assertTrue(age >= 3600 && age < 3600 + 600, "age " + age);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("delete from change_outbox where id = " + id);
                }
                lock.rollback();
            }
        }
        gauges.refresh();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var max = s.executeQuery("select coalesce(max(seq), 0) from change_outbox")) {
            max.next();
            assertEquals(max.getLong(1), Scrape.now().value("nennep_change_feed_last_seq"));
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerReadsNaNWithoutHoldingTheScrape() throws Exception {
        // Nothing listens on port 1: every connection is refused.
        try (AgroalDataSource nowhere = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1).acquisitionTimeout(Duration.ofSeconds(2))
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl("jdbc:postgresql://127.0.0.1:1/nennep?connectTimeout=2")
                                .principal(new NamePrincipal("postgres")))))) {
            MeterRegistry registry = new SimpleMeterRegistry();
            DatabaseGauges down = new DatabaseGauges(nowhere, registry, Duration.ofSeconds(15));
            long start = System.nanoTime();
            down.refresh();
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "the refresh gave up in time");
            assertTrue(Double.isNaN(registry.get("nennep_import_jobs_running").gauge().value()));
            assertTrue(Double.isNaN(registry.get("nennep_change_feed_oldest_unsequenced_age_seconds").gauge().value()));
            assertEquals(0, registry.get("nennep_database_up").gauge().value());
        }
    }

    @Test
    void aReadingOlderThanThreeRefreshPeriodsReadsNaN() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        DatabaseGauges stale = new DatabaseGauges(dataSource, registry, Duration.ofMillis(20));
        stale.refresh();
        assertEquals(1, registry.get("nennep_database_up").gauge().value());
        // Three periods (60 ms) after the reading, with no refresh since: the reading is stale.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> Double.isNaN(registry.get("nennep_import_jobs_running").gauge().value()));
        assertTrue(Double.isNaN(registry.get("nennep_import_jobs_running").gauge().value()));
        assertEquals(0, registry.get("nennep_database_up").gauge().value());
    }

    private static void insertJob(Connection c, UUID id, String status, String startedAt) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into import_jobs (id, resource, caller_id, caller_kind,"
                + " dry_run, atomic, status, started_at) values (?, 'metrics-test', ?, 'USER', false, false, ?, "
                + startedAt + ")")) {
            s.setObject(1, id);
            s.setObject(2, UUID.randomUUID());
            s.setString(3, status);
            s.executeUpdate();
        }
    }
}
