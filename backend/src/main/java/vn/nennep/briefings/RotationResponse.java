package vn.nennep.briefings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /zones/{id}/rotation}: the year's twelve months with their host (held or proposed), how many times each
 * commune of the zone hosts, and the communes hosting too often, too rarely or never.
 */
public record RotationResponse(UUID zoneId, int year, List<Month> months, List<Host> hosts, List<Warning> warnings) {

    public record Month(String month, UUID hostOrganizationId, boolean proposed, UUID briefingId, LocalDate heldOn) {
    }

    public record Host(UUID organizationId, String name, int hosted, int planned) {
    }

    public record Warning(UUID organizationId, Rotation.Warning kind, int planned, String message) {
    }
}
