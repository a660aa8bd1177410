package vn.nennep.reviews;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Tuple;

/** Inspection findings by rating (named as the findings' {@code rating}). */
public record FindingCounts(@JsonProperty("GOOD") long good, @JsonProperty("SATISFACTORY") long satisfactory,
        @JsonProperty("SHORTCOMINGS") long shortcomings, @JsonProperty("VIOLATIONS") long violations) {

    /** From the columns {@code good, satisfactory, shortcomings, violations} of a row. */
    static FindingCounts of(Tuple row) {
        return new FindingCounts(Rows.count(row, "good"), Rows.count(row, "satisfactory"),
                Rows.count(row, "shortcomings"), Rows.count(row, "violations"));
    }
}
