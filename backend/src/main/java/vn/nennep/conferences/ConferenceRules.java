package vn.nennep.conferences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.nennep.common.ProblemException.FieldViolation;

/**
 * What a conference must have to be in a status: a survey to be SURVEYED, a date to be SCHEDULED, a past date and
 * at least one site to be HELD, a linked resolution to be RESOLUTION_ISSUED. Pure functions of the conference, its
 * resolution count and today's date.
 */
final class ConferenceRules {

    private ConferenceRules() {
    }

    /** What {@code conference} lacks to enter {@code target}, one violation per field; empty when nothing. */
    static List<FieldViolation> unmet(ConferenceStatus target, Conference conference, int resolutions,
            LocalDate today) {
        List<FieldViolation> unmet = new ArrayList<>();
        switch (target) {
            case SURVEYED -> {
                if (!conference.hasSurvey()) {
                    unmet.add(new FieldViolation("survey", "conference.survey.required", target));
                }
            }
            case SCHEDULED -> {
                if (conference.scheduledOn == null) {
                    unmet.add(new FieldViolation("scheduledOn", "conference.scheduledOn.required", target));
                }
            }
            case HELD -> {
                if (conference.heldOn == null) {
                    unmet.add(new FieldViolation("heldOn", "conference.heldOn.required", target));
                } else if (conference.heldOn.isAfter(today)) {
                    unmet.add(new FieldViolation("heldOn", "conference.heldOn.future"));
                }
                if (conference.sites.isEmpty()) {
                    unmet.add(new FieldViolation("sites", "conference.sites.required", target));
                }
            }
            case RESOLUTION_ISSUED -> {
                if (resolutions == 0) {
                    unmet.add(new FieldViolation("resolutionIds", "conference.resolutions.required"));
                }
            }
            default -> {
                // PROPOSED, FOLLOW_UP, CLOSED and CANCELLED need nothing beyond the transition table.
            }
        }
        return unmet;
    }

    /** The statuses a move would be accepted to now: the transition table, less those whose preconditions fail. */
    static List<ConferenceStatus> allowedNow(Conference conference, int resolutions, LocalDate today) {
        return conference.status.allowedNext().stream()
                .filter(next -> unmet(next, conference, resolutions, today).isEmpty())
                .toList();
    }

    /**
     * What an edit must keep: the data each status already reached required (a HELD conference keeps its date and
     * sites). Linked resolutions are not edited here, so they are not checked.
     */
    static List<FieldViolation> kept(Conference conference, LocalDate today) {
        List<FieldViolation> broken = new ArrayList<>();
        for (ConferenceStatus reached : conference.status.reached()) {
            if (reached != ConferenceStatus.RESOLUTION_ISSUED) {
                broken.addAll(unmet(reached, conference, 1, today));
            }
        }
        return broken;
    }
}
