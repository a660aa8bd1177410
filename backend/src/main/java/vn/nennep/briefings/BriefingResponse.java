package vn.nennep.briefings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import vn.nennep.common.PersonalData;

/** A briefing as the API shows it: its month as {@code YYYY-MM}, its attendees and how many they were. */
public record BriefingResponse(UUID id, String externalId, UUID zoneId, UUID districtId, UUID hostOrganizationId,
        String month, LocalDate heldOn, List<Attendee> attendees, int attendeeCount, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Attendee(@PersonalData String fullName, String position, UUID organizationId) {
    }

    static BriefingResponse of(Briefing b, UUID districtId) {
        List<Attendee> attendees = b.attendees.stream()
                .map(a -> new Attendee(a.fullName(), a.position(), a.organizationId())).toList();
        return new BriefingResponse(b.id, b.externalId, b.zoneId, districtId, b.hostOrganizationId,
                YearMonth.from(b.month).toString(), b.heldOn, attendees, attendees.size(), b.version, b.createdAt,
                b.updatedAt);
    }
}
