package vn.nennep.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.support.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Fixtures;

/**
 * The scheduled numbering runs when this application has committed changes since its last run, or once a minute;
 * otherwise it would walk the outbox every few seconds for nothing (during a bulk import, 100,000 uncommitted rows).
 */
@QuarkusTest
class ChangeSequencerScheduleTest {

    @Inject
    ChangeSequencer sequencer;

    @Test
    void aScheduledRunIsDueAfterACommittedChangeOrAMinuteAndNotOtherwise() {
        ChangeSequencer fresh = new ChangeSequencer(null);
        long now = System.nanoTime();
        assertTrue(fresh.due(now), "at start: changes may wait from before");
        assertFalse(fresh.due(now + 1), "nothing committed since");
        fresh.committed();
        assertTrue(fresh.due(now + 2));
        assertFalse(fresh.due(now + 3));
        assertTrue(fresh.due(now + 2 + ChangeSequencer.AT_LEAST_EVERY_NANOS), "a minute later, whatever happened");
    }

    @Test
    void aCommittedWriteIsReportedOnceAndAReadOrARefusedWriteIsNot() {
        long before = sequencer.commits();
        String district = Fixtures.district("Huyện lịch số " + Fixtures.code("SEQ"));
        assertEquals(before + 1, sequencer.commits(), "the district's creation committed one revision");

        api().get("/api/v1/organizations/{id}", district).then().statusCode(200);
        api().contentType("application/json").body(Map.of("name", "Chi bộ không có mã", "type", "BRANCH",
                "parentId", district)).post("/api/v1/organizations").then().statusCode(422);
        assertEquals(before + 1, sequencer.commits(), "neither a read nor a refused write commits a revision");
    }
}
