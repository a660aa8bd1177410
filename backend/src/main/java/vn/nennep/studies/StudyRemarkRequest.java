package vn.nennep.studies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Body of POST and PUT /study-sessions/{id}/remarks: about a collective, a rostered member, or a named person. */
public record StudyRemarkRequest(
        @NotNull UUID organizationId,
        UUID memberId,
        @Size(max = 200) String personName,
        @NotNull RemarkKind kind,
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 100) String externalId) {
}
