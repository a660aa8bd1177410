package vn.nennep.members;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.PersonalData;

public record MemberResponse(UUID id, String externalId, UUID organizationId, @PersonalData String fullName, MemberStatus status,
        boolean exempt, String exemptReason, LocalDate joinedOn, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static MemberResponse of(Member m) {
        return new MemberResponse(m.id, m.externalId, m.organizationId, m.fullName, m.status, m.exempt,
                m.exemptReason, m.joinedOn, m.version, m.createdAt, m.updatedAt);
    }
}
