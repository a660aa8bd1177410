package vn.nennep.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import java.util.function.Supplier;

/**
 * A service's write, for the endpoints and for a bulk import alike. Called by an endpoint (no transaction yet), it runs
 * in a transaction of its own, committed at its end and rolled back by any failure, as {@code @Transactional} would.
 * Called inside a transaction (a bulk import's, which writes many records in one), it joins it and, unlike
 * {@code @Transactional}, does not mark it for rollback when it fails: a broken rule refuses the one row, and the
 * transaction's owner decides what becomes of the rest.
 */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T write(Supplier<T> work) {
        boolean joined = QuarkusTransaction.isActive();
        return QuarkusTransaction.joiningExisting()
                .exceptionHandler(e -> joined ? TransactionExceptionResult.COMMIT : TransactionExceptionResult.ROLLBACK)
                .call(work::get);
    }
}
