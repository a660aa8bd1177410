package vn.nennep.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recommendation as the API shows it. {@code raisedOn} is its briefing's date; {@code overdue} is true when today
 * (Asia/Ho_Chi_Minh) is after {@code dueOn} and the addressed body still owes an answer; {@code nextSteps} are the
 * thread's possible next state-changing entries (whoever may write them). The names of the raising organization and
 * of the addressee come with it: whoever may read the recommendation may see who raised it and who answers it, even
 * without the right to read that organization's record (a department and a branch).
 */
public record RecommendationResponse(UUID id, String externalId, UUID briefingId, UUID zoneId, UUID raisedById,
        String raisedByName, UUID addresseeId, String addresseeName, RecommendationField field, String title, String content, RecommendationStatus status,
        List<EntryType> nextSteps, LocalDate raisedOn, LocalDate dueOn, boolean overdue, int reanswerCount,
        int entryCount, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
