package vn.nennep.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transition tables of study plans and action plans, and an action plan's overdue and late flags. */
class StudyLifecyclesTest {

    private static final LocalDate DUE = LocalDate.of(2024, 5, 15);

    @Test
    void aStudyPlanMovesForwardOrIsCancelledBeforeItIsCompleted() {
        assertEquals(List.of(StudyPlanStatus.IN_PROGRESS, StudyPlanStatus.CANCELLED),
                StudyPlanStatus.PLANNED.allowedNext());
        assertEquals(List.of(StudyPlanStatus.COMPLETED, StudyPlanStatus.CANCELLED),
                StudyPlanStatus.IN_PROGRESS.allowedNext());
        assertFalse(StudyPlanStatus.PLANNED.canMoveTo(StudyPlanStatus.COMPLETED));
        assertTrue(StudyPlanStatus.COMPLETED.allowedNext().isEmpty() && StudyPlanStatus.COMPLETED.isFinal());
        assertTrue(StudyPlanStatus.CANCELLED.allowedNext().isEmpty() && StudyPlanStatus.CANCELLED.isFinal());
    }

    @Test
    void anActionPlanIsSubmittedThenAcceptedOrReturnedAndSubmittedAgain() {
        assertEquals(List.of(ActionPlanStatus.SUBMITTED), ActionPlanStatus.PENDING.allowedNext());
        assertEquals(List.of(ActionPlanStatus.ACCEPTED, ActionPlanStatus.RETURNED),
                ActionPlanStatus.SUBMITTED.allowedNext());
        assertEquals(List.of(ActionPlanStatus.SUBMITTED), ActionPlanStatus.RETURNED.allowedNext());
        assertTrue(ActionPlanStatus.ACCEPTED.allowedNext().isEmpty());
        assertFalse(ActionPlanStatus.PENDING.canMoveTo(ActionPlanStatus.ACCEPTED));
    }

    @Test
    void overdueFromTheDayAfterTheDueDateWhileStillOwed() {
        ActionPlan plan = plan(ActionPlanStatus.PENDING, null);
        assertFalse(plan.overdueOn(DUE));
        assertTrue(plan.overdueOn(DUE.plusDays(1)));
        assertTrue(plan(ActionPlanStatus.RETURNED, DUE.minusDays(3)).overdueOn(DUE.plusDays(1)));
        assertFalse(plan(ActionPlanStatus.SUBMITTED, DUE.plusDays(3)).overdueOn(DUE.plusDays(10)));
        assertFalse(plan(ActionPlanStatus.ACCEPTED, DUE).overdueOn(DUE.plusDays(10)));
    }

    @Test
    void lateWhenFirstSubmittedAfterTheDueDateAndUnknownWhenNeverSubmitted() {
        assertNull(plan(ActionPlanStatus.PENDING, null).submittedLate());
        assertFalse(plan(ActionPlanStatus.SUBMITTED, DUE).submittedLate());
        assertTrue(plan(ActionPlanStatus.ACCEPTED, DUE.plusDays(1)).submittedLate());
    }

    private static ActionPlan plan(ActionPlanStatus status, LocalDate firstSubmittedOn) {
        ActionPlan plan = new ActionPlan();
        plan.status = status;
        plan.dueOn = DUE;
        plan.firstSubmittedOn = firstSubmittedOn;
        return plan;
    }
}
