package vn.nennep.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nennep.common.ProblemException.FieldViolation;

/** The lifecycle table and the pure rules, without the database. */
class InspectionRulesTest {

    private static final UUID SUBJECT = UUID.randomUUID();
    private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

    private static Inspection.Remedy remedy(RemedyStatus status) {
        return new Inspection.Remedy(SUBJECT, "Khắc phục", DUE, status, null, null);
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    @Test
    void theTransitionTableGoesOneStepAtATimeAndCancelsOnlyBeforeTheConclusion() {
        assertEquals(List.of(InspectionStatus.IN_PROGRESS, InspectionStatus.CANCELLED),
                InspectionStatus.PLANNED.allowedNext());
        assertEquals(List.of(InspectionStatus.CONCLUDED, InspectionStatus.CANCELLED),
                InspectionStatus.IN_PROGRESS.allowedNext());
        assertEquals(List.of(InspectionStatus.CLOSED), InspectionStatus.CONCLUDED.allowedNext());
        assertEquals(List.of(), InspectionStatus.CLOSED.allowedNext());
        assertEquals(List.of(), InspectionStatus.CANCELLED.allowedNext());
        assertFalse(InspectionStatus.PLANNED.canMoveTo(InspectionStatus.CONCLUDED));
        assertTrue(InspectionStatus.CANCELLED.isDeletable());
        assertFalse(InspectionStatus.IN_PROGRESS.isDeletable());
    }

    @Test
    void concludingNeedsTheConclusionsThreePartsAndAFinding() {
        Inspection inspection = new Inspection();
        inspection.status = InspectionStatus.IN_PROGRESS;
        assertEquals(List.of("conclusion.number", "conclusion.issuedOn", "conclusion.text", "findings"),
                fields(InspectionRules.unmetToConclude(inspection)));
        assertEquals(List.of(InspectionStatus.CANCELLED), InspectionRules.allowedNow(inspection));
        inspection.conclusionNumber = "47-KL/HU";
        inspection.conclusionIssuedOn = LocalDate.of(2024, 5, 20);
        inspection.conclusionText = "Kết luận";
        inspection.findings.add(new Inspection.Finding(FindingArea.MODELS, SUBJECT, FindingRating.GOOD, "Tốt"));
        assertEquals(List.of(), InspectionRules.unmetToConclude(inspection));
        assertEquals(List.of(InspectionStatus.CONCLUDED, InspectionStatus.CANCELLED),
                InspectionRules.allowedNow(inspection));
    }

    @Test
    void closingIsHeldUpByEachOpenRemedyAndARemedyIsLateFromTheDayAfterItsDueDate() {
        Inspection inspection = new Inspection();
        inspection.status = InspectionStatus.CONCLUDED;
        inspection.remedies.addAll(List.of(remedy(RemedyStatus.DONE), remedy(RemedyStatus.OPEN),
                remedy(RemedyStatus.WAIVED), remedy(RemedyStatus.OPEN)));
        assertEquals(List.of("remedies[1].status", "remedies[3].status"),
                fields(InspectionRules.openRemedies(inspection)));
        assertEquals(List.of(), InspectionRules.allowedNow(inspection));
        assertEquals(2, inspection.openRemedies());
        assertEquals(0, inspection.overdueRemedies(DUE));
        assertEquals(2, inspection.overdueRemedies(DUE.plusDays(1)));
        inspection.remedies.replaceAll(r -> r.status() == RemedyStatus.OPEN ? remedy(RemedyStatus.DONE) : r);
        assertEquals(List.of(InspectionStatus.CLOSED), InspectionRules.allowedNow(inspection));
    }
}
