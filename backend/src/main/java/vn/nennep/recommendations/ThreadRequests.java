package vn.nennep.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Bodies of the POSTs that add to a thread. */
public final class ThreadRequests {

    private ThreadRequests() {
    }

    /** POST /entries: a comment or a correction ({@code type} COMMENT; the other kinds have their own endpoints). */
    public record Comment(
            @NotNull EntryType type,
            @NotBlank @Size(max = 10000) String body,
            @Size(max = 100) String documentNumber) {
    }

    /** POST /forward: sent on to the addressee, or to another body ({@code addresseeId}) when it was misaddressed. */
    public record Forward(
            UUID addresseeId,
            @Size(max = 10000) String body,
            @Size(max = 100) String documentNumber) {
    }

    /** POST /answers: the written answer and its document number. */
    public record Answer(
            @NotBlank @Size(max = 20000) String body,
            @NotBlank @Size(max = 100) String documentNumber) {
    }

    /** The office's judgement of an answer. */
    public enum Verdict {
        ACCEPTED, REANSWER_REQUIRED
    }

    /** POST /reviews: the reason is required when a re-answer is required. */
    public record Review(
            @NotNull Verdict verdict,
            @Size(max = 10000) String reason) {
    }

    /** POST /resolution: how the matter was actually settled. */
    public record Resolution(
            @NotBlank @Size(max = 20000) String result,
            @Size(max = 100) String documentNumber) {
    }
}
