package org.imroc.tracker.common.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

/**
 * Every {@code @Transactional} method that begins a transaction (none is active when it is called) is retried as
 * a whole when it loses to a concurrent one ({@link Contention}). It runs outside Narayana's own interceptor, so
 * each try is a transaction of its own; a method that joins a caller's transaction is left to that caller.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetriedTransactions {

    private final TransactionManager transactions;

    public RetriedTransactions(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retryIfLost(InvocationContext invocation) throws Exception {
        if (inTransaction()) {
            return invocation.proceed();
        }
        return Contention.retried(invocation::proceed);
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
