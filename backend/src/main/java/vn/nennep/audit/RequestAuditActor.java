package vn.nennep.audit;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import vn.nennep.common.Problems;

/**
 * The author of the current request's changes: the authenticated user or machine client (or "anonymous"), the
 * address it called from and the request id. A request context without an HTTP request (start-up) is the system.
 * Looked up by {@link RevisionStamp} through Arc, hence {@code @Unremovable}.
 */
@RequestScoped
@Unremovable
public class RequestAuditActor implements AuditActor {

    /** Identity attributes set by the authentication mechanisms. */
    public static final String ACTOR_ID = "nennep.actorId";
    public static final String ACTOR_KIND = "nennep.actorKind";

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public RequestAuditActor(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    @Override
    public UUID actorId() {
        if (http() == null) {
            return null;
        }
        Object id = identity.getAttribute(ACTOR_ID);
        if (id instanceof UUID uuid) {
            return uuid;
        }
        if (id != null) {
            try {
                return UUID.fromString(id.toString());
            } catch (IllegalArgumentException notAUuid) {
                return null;
            }
        }
        return null;
    }

    @Override
    public String actorName() {
        if (http() == null) {
            return RevisionStamp.SystemActor.INSTANCE.actorName();
        }
        if (identity.isAnonymous() || identity.getPrincipal() == null || identity.getPrincipal().getName().isBlank()) {
            return "anonymous";
        }
        return identity.getPrincipal().getName();
    }

    @Override
    public String actorKind() {
        if (http() == null) {
            return RevisionStamp.SystemActor.INSTANCE.actorKind();
        }
        Object kind = identity.getAttribute(ACTOR_KIND);
        return kind == null ? "ANONYMOUS" : kind.toString();
    }

    @Override
    public String ip() {
        RoutingContext http = http();
        SocketAddress address = http == null ? null : http.request().remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    @Override
    public String requestId() {
        RoutingContext http = http();
        return http == null ? null : http.request().getHeader(Problems.REQUEST_ID_HEADER);
    }

    private RoutingContext http() {
        return request.getCurrent();
    }
}
