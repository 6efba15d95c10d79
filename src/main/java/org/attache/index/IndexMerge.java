package org.attache.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Joins the indexes of shards into one new index ({@link IndexWriter#addIndexes(CodecReader...)}),
 * sorted by document id, so that the merged index does not depend on how the corpus was split or in
 * which order the shards are given. Deleted documents of the shards are left out, so the merged
 * index's statistics (and search scores) are those of an index built in one go.
 */
public final class IndexMerge {

    /** Documents, then their quotations (same id; Lucene keeps their order within a segment), by id. */
    static final Sort BY_ID = new Sort(new SortField(IndexSchema.ID_SORT, SortField.Type.STRING));

    private IndexMerge() {
    }

    /**
     * Writes the index of {@code shards} (index folders) to {@code dest}, replacing any index there. Shards
     * written sorted by id ({@link DocumentIndex#openSortedById}) and holding no deleted documents are
     * copied segment by segment as they are; any other is sorted and rewritten into one new segment.
     */
    public static void merge(List<Path> shards, Path dest) throws IOException {
        List<DirectoryReader> readers = new ArrayList<>();
        List<Directory> dirs = new ArrayList<>();
        Files.createDirectories(dest);
        try (Directory target = FSDirectory.open(dest)) {
            List<CodecReader> leaves = new ArrayList<>();
            boolean copyAsIs = true;
            for (Path shard : shards) {
                Directory dir = FSDirectory.open(shard);
                dirs.add(dir);
                if (!DirectoryReader.indexExists(dir) || !IndexSchema.VERSION.equals(
                        SegmentInfos.readLatestCommit(dir).getUserData().get(IndexSchema.VERSION_KEY))) {
                    throw new IOException(shard + " holds no index of this version of Attaché: run the shard again");
                }
                DirectoryReader reader = DirectoryReader.open(dir);
                readers.add(reader);
                // deleted documents would stay in copied segments and count in the terms' statistics
                copyAsIs &= reader.numDeletedDocs() == 0 && sortedBy(dir, BY_ID);
                for (LeafReaderContext leaf : reader.leaves()) {
                    CodecReader codec = SlowCodecReaderWrapper.wrap(leaf.reader());
                    // sorted on the fly where needed: Lucene only adds segments already in the target's order
                    leaves.add(BY_ID.equals(leaf.reader().getMetaData().getSort()) ? codec
                            : SortingCodecReader.wrap(codec, BY_ID));
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setIndexSort(BY_ID)
                    .setCommitOnClose(false);
            try (IndexWriter writer = new IndexWriter(target, config)) {
                if (copyAsIs) {
                    writer.addIndexes(dirs.toArray(Directory[]::new));
                } else {
                    writer.addIndexes(leaves.toArray(CodecReader[]::new));
                }
                writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
                writer.commit();
            }
        } finally {
            for (DirectoryReader r : readers) {
                r.close();
            }
            for (Directory d : dirs) {
                d.close();
            }
        }
    }

    /** Whether every segment of the last commit in {@code dir} is sorted by {@code sort} (true for none). */
    static boolean sortedBy(Directory dir, Sort sort) throws IOException {
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
            if (!sort.equals(segment.info.getIndexSort())) {
                return false;
            }
        }
        return true;
    }
}
