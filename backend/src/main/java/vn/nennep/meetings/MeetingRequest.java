package vn.nennep.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nennep.meetings.Meeting.AttendanceStatus;
import vn.nennep.meetings.Meeting.OpinionArea;
import vn.nennep.meetings.Meeting.TaskStatus;

/**
 * Body of POST and PUT /meetings. With a roll ({@code attendance}) the counts follow from it and any counts sent are
 * ignored; without one, {@code membersTotal} and {@code present} are required for a held meeting and the other counts
 * default to 0. {@code held} defaults to true.
 */
public record MeetingRequest(
        @NotNull UUID branchId,
        @NotNull MeetingKind kind,
        @Size(max = 500) String theme,
        @Size(max = 500) String topic,
        OffsetDateTime scheduledAt,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        Boolean held,
        @Size(max = 255) String chair,
        @Size(max = 255) String minuteTaker,
        @PositiveOrZero Integer membersTotal,
        @PositiveOrZero Integer present,
        @PositiveOrZero Integer excused,
        @PositiveOrZero Integer unexcused,
        @PositiveOrZero Integer exempt,
        @Valid @Size(max = 2000) List<@NotNull AttendanceInput> attendance,
        @Size(max = 100) List<@NotBlank @Size(max = 500) String> guests,
        @Valid @Size(max = 500) List<@NotNull OpinionInput> opinions,
        @Valid @Size(max = 50) List<@NotNull StepInput> procedure,
        @Size(max = 20000) String conclusions,
        @Valid @Size(max = 200) List<@NotNull TaskInput> tasks,
        @Valid VoteInput vote,
        @Valid ScoreInput score,
        LocalDate draftSentOn,
        LocalDate resolutionReportedOn,
        Boolean pilot,
        @Valid ReviewInput review,
        Boolean combined,
        @Size(max = 100) String externalId) {

    public record AttendanceInput(@NotNull UUID memberId, @NotNull AttendanceStatus status,
            @Size(max = 500) String reason) {
    }

    public record OpinionInput(@NotBlank @Size(max = 255) String speaker, @NotNull OpinionArea area,
            @Size(max = 5000) String summary) {
    }

    public record StepInput(@NotBlank @Size(max = 1000) String step, boolean done) {
    }

    /** {@code id} keeps a task's identity across edits; {@code carriedFromTaskId} names an earlier meeting's task. */
    public record TaskInput(UUID id, @NotBlank @Size(max = 1000) String title, @Size(max = 255) String assigneeName,
            LocalDate dueOn, UUID reportAtMeetingId, TaskStatus status, UUID carriedFromTaskId) {
    }

    public record VoteInput(@NotNull @PositiveOrZero Integer inFavour, @NotNull @PositiveOrZero Integer voters) {
    }

    public record ScoreInput(@Valid @NotNull @Size(max = 50) List<@NotNull CriterionInput> criteria) {
    }

    public record CriterionInput(@NotBlank String code, @NotNull @PositiveOrZero Integer points) {
    }

    public record ReviewInput(@Size(max = 255) String reviewer, @Size(max = 5000) String strengths,
            @Size(max = 5000) String limitations, @Size(max = 5000) String remedies,
            @Size(max = 50) String conclusionNoticeNumber) {
    }
}
