package vn.nennep.audit;

import java.util.UUID;

/**
 * Who made the change being recorded, and from where. A request-scoped bean provides it during a request; outside
 * one (start-up, demo data) the change is the system's own.
 */
public interface AuditActor {

    /** The user's or machine client's id; null for the system itself. */
    UUID actorId();

    /** The username or the machine client's name; "system" outside requests. */
    String actorName();

    /** USER, MACHINE or SYSTEM. */
    String actorKind();

    /** The caller's address, as the server saw it. */
    String ip();

    /** The request id (X-Request-Id). */
    String requestId();
}
