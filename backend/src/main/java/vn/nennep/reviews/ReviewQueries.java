package vn.nennep.reviews;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import vn.nennep.common.SqlText;

/**
 * The reports' SQL, read once at start-up from the {@code .sql} files beside this class
 * ({@code src/main/resources/vn/nennep/reviews/}), each file saying what its query answers. The outcome of an action
 * plan ({@code action-plan-outcome.sql}) is one fragment, filled into the action-plan report and the yearly review
 * alike, and so is the choice of the year's inspections ({@code inspections-of-year.sql}). A slot left unfilled stops
 * the application at start-up.
 */
@Startup
@Singleton
public class ReviewQueries {

    private final String studyParticipation;
    private final String actionPlans;
    private final String inspectionCounts;
    private final String inspectionFindings;
    private final String inspectionSubjects;
    private final String yearlyOrganizations;
    private final String yearlyMembers;

    public ReviewQueries() {
        SqlText outcome = load("action-plan-outcome.sql");
        SqlText inspections = load("inspections-of-year.sql");
        studyParticipation = load("study-participation.sql").complete();
        actionPlans = load("action-plans.sql").fill("outcome", outcome).complete();
        inspectionCounts = load("inspection-counts.sql").fill("inspections", inspections).complete();
        inspectionFindings = load("inspection-findings.sql").fill("inspections", inspections).complete();
        inspectionSubjects = load("inspection-subjects.sql").fill("inspections", inspections).complete();
        yearlyOrganizations = load("yearly-organizations.sql").fill("outcome", outcome).complete();
        yearlyMembers = load("yearly-members.sql").complete();
    }

    String studyParticipation() {
        return studyParticipation;
    }

    String actionPlans() {
        return actionPlans;
    }

    String inspectionCounts() {
        return inspectionCounts;
    }

    String inspectionFindings() {
        return inspectionFindings;
    }

    String inspectionSubjects() {
        return inspectionSubjects;
    }

    String yearlyOrganizations() {
        return yearlyOrganizations;
    }

    String yearlyMembers() {
        return yearlyMembers;
    }

    private static SqlText load(String file) {
        return SqlText.load(ReviewQueries.class, file);
    }
}
