package vn.nennep.changes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.nennep.common.ReportQueries;

/**
 * Right after a bulk import commits, the outbox holds 100,000 unnumbered changes while its statistics still say a
 * few: planned as a nested loop, the numbering ran for minutes (seen on the import benchmark's database) and every
 * reader of the feed waited on its lock. The plan must not depend on those statistics.
 */
@QuarkusTest
class ChangeSequencerPlanTest {

    @Inject
    EntityManager em;

    @Inject
    ChangeSequencer sequencer;

    @Test
    void theNumberingIsNeverPlannedAsANestedLoop() {
        sequencer.assign();
        String plan;
        QuarkusTransaction.begin();
        try {
            // Statistics taken while nothing waits for a number, then an import's worth of changes (rolled back).
            em.createNativeQuery("ANALYZE change_outbox").executeUpdate();
            em.createNativeQuery("INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href,"
                    + " visibility) SELECT 'meetings', gen_random_uuid(), 'CREATE', now(), 0, '/api/v1/meetings/x',"
                    + " 'ADMIN' FROM generate_series(1, 20000)").executeUpdate();
            ReportQueries.withoutNestedLoops(em); // as ChangeSequencer.assign does
            plan = ((java.util.List<?>) em.createNativeQuery("EXPLAIN " + ChangeSequencer.NUMBERING)
                    .getResultList()).stream().map(String::valueOf).collect(Collectors.joining("\n"));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertTrue(plan.startsWith("Update on change_outbox"), plan);
        assertFalse(plan.contains("Nested Loop"), plan);
    }
}
