package vn.nennep.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of POST and PUT on a branch's roster. {@code exempt} defaults to false. */
public record MemberRequest(
        @NotBlank @Size(max = 255) String fullName,
        @NotNull MemberStatus status,
        Boolean exempt,
        @Size(max = 500) String exemptReason,
        @PastOrPresent LocalDate joinedOn,
        @Size(max = 100) String externalId) {
}
