package vn.nennep.auth;

import jakarta.enterprise.context.ApplicationScoped;
import vn.nennep.audit.HistoryReaders;

/** A deleted resource's history is for system administrators only, by the caller's role as stored now. */
@ApplicationScoped
public class DeletedHistoryReaders implements HistoryReaders {

    private final Caller caller;

    public DeletedHistoryReaders(Caller caller) {
        this.caller = caller;
    }

    @Override
    public boolean mayReadDeleted() {
        // The caller's role as stored now, not as the token says: a demoted administrator loses this at once.
        return caller.isAdmin();
    }
}
