package org.attache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Rejection;
import org.attache.pipeline.ShardSpec;

/**
 * One task's share of the corpus: shard {@code index} of {@code count}, split by document id as
 * {@code run --shard I/N} splits it, with its documents and its skipped files.
 */
record ShardWork(int index, int count, List<FileRef> files, List<Rejection> skipped) implements Serializable {

    /** The corpus split into {@code count} shares, shard 1 first. */
    static List<ShardWork> split(CorpusListing corpus, int count) {
        List<ShardWork> shares = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ShardSpec spec = new ShardSpec(i, count);
            shares.add(new ShardWork(i, count, corpus.files().stream().filter(f -> spec.includes(f.id())).toList(),
                    corpus.skipped().stream().filter(r -> spec.includes(r.document())).toList()));
        }
        return shares;
    }

    ShardSpec spec() {
        return new ShardSpec(index, count);
    }
}
