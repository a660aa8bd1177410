package vn.nennep.conferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nennep.conferences.ConferenceStatus.CANCELLED;
import static vn.nennep.conferences.ConferenceStatus.CLOSED;
import static vn.nennep.conferences.ConferenceStatus.FOLLOW_UP;
import static vn.nennep.conferences.ConferenceStatus.HELD;
import static vn.nennep.conferences.ConferenceStatus.PROPOSED;
import static vn.nennep.conferences.ConferenceStatus.RESOLUTION_ISSUED;
import static vn.nennep.conferences.ConferenceStatus.SCHEDULED;
import static vn.nennep.conferences.ConferenceStatus.SURVEYED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nennep.common.ProblemException.FieldViolation;

/** The transition table and the preconditions of each status, as pure functions. */
class ConferenceStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 8, 17);

    @Test
    void theTableIsTheLifecycleOneStepAtATime() {
        Map<ConferenceStatus, List<ConferenceStatus>> expected = Map.of(
                PROPOSED, List.of(SURVEYED, CANCELLED),
                SURVEYED, List.of(SCHEDULED, CANCELLED),
                SCHEDULED, List.of(HELD, CANCELLED),
                HELD, List.of(RESOLUTION_ISSUED),
                RESOLUTION_ISSUED, List.of(FOLLOW_UP),
                FOLLOW_UP, List.of(CLOSED),
                CLOSED, List.of(),
                CANCELLED, List.of());
        assertEquals(ConferenceStatus.values().length, expected.size());
        expected.forEach((from, next) -> assertEquals(next, from.allowedNext(), "from " + from));
        for (ConferenceStatus from : ConferenceStatus.values()) {
            for (ConferenceStatus to : ConferenceStatus.values()) {
                assertEquals(expected.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void cancellingIsPossibleOnlyBeforeTheConferenceIsHeld() {
        List<ConferenceStatus> cancellable = Arrays.stream(ConferenceStatus.values())
                .filter(s -> s.canMoveTo(CANCELLED)).toList();
        assertEquals(List.of(PROPOSED, SURVEYED, SCHEDULED), cancellable);
        assertTrue(Arrays.stream(ConferenceStatus.values()).filter(ConferenceStatus::isHeldOrLater)
                .noneMatch(s -> s.canMoveTo(CANCELLED)));
        assertEquals(List.of(HELD, RESOLUTION_ISSUED, FOLLOW_UP, CLOSED), Arrays.stream(ConferenceStatus.values())
                .filter(ConferenceStatus::isHeldOrLater).toList());
        assertEquals(List.of(PROPOSED, CANCELLED), Arrays.stream(ConferenceStatus.values())
                .filter(ConferenceStatus::isDeletable).toList());
    }

    @Test
    void eachStepNeedsItsData() {
        Conference c = conference(PROPOSED);
        assertEquals(List.of("survey"), fields(ConferenceRules.unmet(SURVEYED, c, 0, TODAY)));
        c.surveyLimitations = "Nội dung sinh hoạt còn đơn điệu";
        assertEquals(List.of(), fields(ConferenceRules.unmet(SURVEYED, c, 0, TODAY)));
        assertEquals(List.of("scheduledOn"), fields(ConferenceRules.unmet(SCHEDULED, c, 0, TODAY)));
        assertEquals(List.of("heldOn", "sites"), fields(ConferenceRules.unmet(HELD, c, 0, TODAY)));
        c.heldOn = TODAY.plusDays(1);
        c.sites.add(new Conference.Site("Hội trường", 210, 14));
        assertEquals(List.of("heldOn"), fields(ConferenceRules.unmet(HELD, c, 0, TODAY)));
        c.heldOn = TODAY;
        assertEquals(List.of(), fields(ConferenceRules.unmet(HELD, c, 0, TODAY)));
        assertEquals(List.of("resolutionIds"), fields(ConferenceRules.unmet(RESOLUTION_ISSUED, c, 0, TODAY)));
        assertEquals(List.of(), fields(ConferenceRules.unmet(RESOLUTION_ISSUED, c, 1, TODAY)));
        for (ConferenceStatus free : List.of(PROPOSED, FOLLOW_UP, CLOSED, CANCELLED)) {
            assertTrue(ConferenceRules.unmet(free, conference(PROPOSED), 0, TODAY).isEmpty(), free.name());
        }
    }

    @Test
    void allowedNowLeavesOutStepsWhoseDataIsMissing() {
        Conference c = conference(PROPOSED);
        assertEquals(List.of(CANCELLED), ConferenceRules.allowedNow(c, 0, TODAY));
        c.surveyAchievements = "100% số hộ dân phân loại rác tại nguồn";
        assertEquals(List.of(SURVEYED, CANCELLED), ConferenceRules.allowedNow(c, 0, TODAY));
        c.status = HELD;
        assertEquals(List.of(), ConferenceRules.allowedNow(c, 0, TODAY));
        assertEquals(List.of(RESOLUTION_ISSUED), ConferenceRules.allowedNow(c, 2, TODAY));
        c.status = CLOSED;
        assertEquals(List.of(), ConferenceRules.allowedNow(c, 2, TODAY));
    }

    @Test
    void anEditKeepsWhatEveryStatusReachedNeeded() {
        Conference c = conference(FOLLOW_UP);
        assertEquals(List.of("survey", "scheduledOn", "heldOn", "sites"), fields(ConferenceRules.kept(c, TODAY)));
        c.surveyAchievements = "Có";
        c.scheduledOn = TODAY;
        c.heldOn = TODAY;
        c.sites.add(new Conference.Site("Hội trường", 1, 0));
        assertEquals(List.of(), fields(ConferenceRules.kept(c, TODAY)), "resolutions are not edited, not checked");
        assertFalse(CANCELLED.reached().contains(PROPOSED));
        assertEquals(List.of(), fields(ConferenceRules.kept(conference(CANCELLED), TODAY)));
        assertEquals(List.of("survey"), fields(ConferenceRules.kept(conference(SURVEYED), TODAY)));
    }

    private static Conference conference(ConferenceStatus status) {
        Conference conference = new Conference();
        conference.status = status;
        return conference;
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }
}
