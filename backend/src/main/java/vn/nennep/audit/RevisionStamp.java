package vn.nennep.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
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
        afterCommit();
    }

    /**
     * Tells the {@link CommitListener}s (the change feed's sequencer) when the revision's transaction has committed
     * (its changes then wait).
     */
    private static void afterCommit() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return;
        }
        List<CommitListener> listeners = container.select(CommitListener.class).stream().toList();
        if (listeners.isEmpty()) {
            return;
        }
        TransactionSynchronizationRegistry transaction = container.instance(TransactionSynchronizationRegistry.class)
                .get();
        if (transaction.getTransactionKey() == null) {
            // no JTA transaction (not the case in this application): number at the next run
            listeners.forEach(CommitListener::committed);
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    listeners.forEach(CommitListener::committed);
                }
            }
        });
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
