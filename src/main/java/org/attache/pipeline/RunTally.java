package org.attache.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.model.Rejection;

/**
 * What one run did, document by document: the outcome of each file as the workers report it, and the
 * fingerprint of the indexed documents the reports are stamped with. Thread-safe.
 */
final class RunTally {

    /** What processing a file did to the index. */
    enum Change { ADDED, UPDATED, UNCHANGED }

    final List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
    final Set<String> indexed = Collections.synchronizedSet(new HashSet<>());
    final CorpusFingerprint fingerprint = new CorpusFingerprint();
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();

    /** Counts a file the index now holds. */
    void count(String id, Change change) {
        switch (change) {
            case ADDED -> added.incrementAndGet();
            case UPDATED -> updated.incrementAndGet();
            case UNCHANGED -> unchanged.incrementAndGet();
        }
        indexed.add(id);
    }

    void countUnchanged(int documents) {
        unchanged.addAndGet(documents);
    }

    int added() {
        return added.get();
    }

    int updated() {
        return updated.get();
    }

    int unchanged() {
        return unchanged.get();
    }
}
