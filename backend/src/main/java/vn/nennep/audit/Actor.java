package vn.nennep.audit;

import java.util.UUID;

/** Who made a change: a user, a machine client, an anonymous caller, or the system itself (id null). */
public record Actor(UUID id, String name, String kind) {
}
