package vn.nennep.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.util.UUID;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each new revision with its author: the current request's {@link AuditActor}, or the system itself outside
 * a request (start-up, the demo loader).
 */
public class RevisionStamp implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        AuditActor actor = current();
        revision.actorId = actor.actorId();
        revision.actorName = actor.actorName();
        revision.actorKind = actor.actorKind();
        revision.ip = actor.ip();
        revision.requestId = actor.requestId();
    }

    static AuditActor current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SystemActor.INSTANCE;
        }
        return container.instance(AuditActor.class).get();
    }

    /** The application itself, acting outside any request. */
    enum SystemActor implements AuditActor {
        INSTANCE;

        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public String actorName() {
            return "system";
        }

        @Override
        public String actorKind() {
            return "SYSTEM";
        }

        @Override
        public String ip() {
            return null;
        }

        @Override
        public String requestId() {
            return null;
        }
    }
}
