package vn.nennep.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code /resolutions/{id}/effect}: each metric over [beforeFrom, issuedOn) against [issuedOn, afterTo]. */
public record Effect(UUID resolutionId, LocalDate issuedOn, int months, LocalDate beforeFrom, LocalDate afterTo,
        List<EffectItem> items) {
}
