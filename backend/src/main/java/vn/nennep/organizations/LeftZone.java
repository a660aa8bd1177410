package vn.nennep.organizations;

import java.util.UUID;

/**
 * An organization left its zone (moved, no longer a grassroots committee, or deleted), so the zone's list of
 * committees changed. Fired synchronously, in the organization's transaction, for zones to observe.
 */
public record LeftZone(UUID zoneId) {
}
