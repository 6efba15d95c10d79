package org.attache.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one document's work under a time budget. The work runs on a thread of {@code executor}; if
 * it takes longer than the budget it is interrupted and abandoned, and a guard makes sure an
 * abandoned task can never write its results afterwards. A pathological document (catastrophic
 * regex backtracking, absurd nesting) therefore costs at most its budget, never the batch.
 */
final class DocumentTask {

    /** Where a task is; the supervisor and the worker race for the transition out of RUNNING. */
    enum State { RUNNING, WRITING, ABANDONED }

    /** The work, given a guard to pass before it writes anything. */
    interface Work<T> {
        T run(Guard guard) throws Exception;
    }

    /** Lets the work claim the right to write; false when the supervisor already gave up on it. */
    static final class Guard {
        private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

        boolean claimWrite() {
            return state.compareAndSet(State.RUNNING, State.WRITING) && !Thread.currentThread().isInterrupted();
        }
    }

    /** Thrown when the budget ran out. */
    static final class TimedOut extends Exception {
        TimedOut(long seconds) {
            super("timed out after " + seconds + " s (a pathological document?); raise --doc-timeout to allow more");
        }
    }

    private DocumentTask() {
    }

    static <T> T run(ExecutorService executor, long budgetSeconds, Work<T> work) throws Exception {
        Guard guard = new Guard();
        Callable<T> call = () -> work.run(guard);
        Future<T> future = executor.submit(call);
        try {
            return future.get(budgetSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            if (guard.state.compareAndSet(State.RUNNING, State.ABANDONED)) {
                future.cancel(true);
                throw new TimedOut(budgetSeconds);
            }
            return unwrap(future); // it had started writing: let it finish, so nothing is half-written
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private static <T> T unwrap(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private static Exception rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Exception ex) {
            return ex;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return e;
    }
}
