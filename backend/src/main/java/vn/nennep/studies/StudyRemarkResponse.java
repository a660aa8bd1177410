package vn.nennep.studies;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.PersonalData;

/**
 * A remark as the API shows it. The member's name (from the roster) and a named person are {@link PersonalData}:
 * withheld from callers who may not read names, the rest staying.
 */
public record StudyRemarkResponse(UUID id, String externalId, UUID sessionId, UUID organizationId, UUID memberId,
        @PersonalData String memberName, @PersonalData String personName, RemarkKind kind, String text, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static StudyRemarkResponse of(StudyRemark r, String memberName) {
        return new StudyRemarkResponse(r.id, r.externalId, r.sessionId, r.organizationId, r.memberId, memberName,
                r.personName, r.kind, r.text, r.version, r.createdAt, r.updatedAt);
    }
}
