package vn.nennep.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.recommendations.EntryType.ACCEPTED;
import static vn.nennep.recommendations.EntryType.ANSWERED;
import static vn.nennep.recommendations.EntryType.COMMENT;
import static vn.nennep.recommendations.EntryType.FORWARDED;
import static vn.nennep.recommendations.EntryType.PUBLISHED;
import static vn.nennep.recommendations.EntryType.REANSWER_REQUESTED;
import static vn.nennep.recommendations.EntryType.RESOLVED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thread's transition table and the overdue rule, as pure functions. */
class RecommendationStatusTest {

    @Test
    void theTableIsTheThread() {
        Map<RecommendationStatus, List<EntryType>> toDepartment = Map.of(
                RecommendationStatus.RAISED, List.of(FORWARDED),
                RecommendationStatus.FORWARDED, List.of(ANSWERED),
                RecommendationStatus.ANSWERED, List.of(REANSWER_REQUESTED, ACCEPTED),
                RecommendationStatus.REANSWER_REQUESTED, List.of(ANSWERED),
                RecommendationStatus.ACCEPTED, List.of(PUBLISHED),
                RecommendationStatus.PUBLISHED, List.of(RESOLVED),
                RecommendationStatus.RESOLVED, List.of());
        assertEquals(RecommendationStatus.values().length, toDepartment.size());
        toDepartment.forEach((status, next) -> assertEquals(next, status.nextSteps(false), status.name()));
        assertEquals(List.of(FORWARDED, RESOLVED), RecommendationStatus.RAISED.nextSteps(true));
        assertEquals(List.of(ANSWERED, RESOLVED), RecommendationStatus.FORWARDED.nextSteps(true));
        for (RecommendationStatus status : RecommendationStatus.values()) {
            assertTrue(status.allows(COMMENT, false), "a comment is always allowed, " + status);
            for (EntryType step : EntryType.values()) {
                if (step != COMMENT) {
                    assertEquals(status.nextSteps(true).contains(step), status.allows(step, true), status + " " + step);
                }
            }
            if (status != RecommendationStatus.RAISED && status != RecommendationStatus.FORWARDED) {
                assertEquals(status.nextSteps(false), status.nextSteps(true), status.name());
            }
        }
        for (EntryType type : EntryType.values()) {
            assertEquals(type == COMMENT ? null : RecommendationStatus.valueOf(type.name()), type.status());
        }
    }

    @Test
    void overdueStartsTheDayAfterTheDueDateWhileAnAnswerIsOwed() {
        LocalDate due = LocalDate.of(2024, 4, 6);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            boolean owed = status == RecommendationStatus.RAISED || status == RecommendationStatus.FORWARDED
                    || status == RecommendationStatus.REANSWER_REQUESTED;
            assertEquals(owed, status.awaitsAnswer(), status.name());
            assertFalse(status.overdue(due, due.minusDays(1)), status + " the day before");
            assertFalse(status.overdue(due, due), status + " on the due day");
            assertEquals(owed, status.overdue(due, due.plusDays(1)), status + " the day after");
        }
        assertEquals(List.of(RecommendationStatus.RAISED, RecommendationStatus.FORWARDED,
                RecommendationStatus.REANSWER_REQUESTED), RecommendationStatus.awaitingAnswer());
    }
}
