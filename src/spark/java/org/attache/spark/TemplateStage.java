package org.attache.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.ingest.TemplateLearner;
import org.attache.ingest.Templates;
import scala.Tuple2;

/**
 * The first stage: the site templates learned over the whole corpus, as a local run's template pass
 * learns them. Each task reads and observes its documents; copies of one content are kept once (the
 * first by id, so the result depends on no partitioning); each partition's counts are merged on the driver.
 */
final class TemplateStage {

    private TemplateStage() {
    }

    static Templates learn(JavaSparkContext sc, List<FileRef> files, int partitions, long maxBytes,
                           HashMap<String, String> hadoop) {
        if (files.isEmpty()) {
            return new TemplateLearner().build();
        }
        TemplateLearner learned = sc.parallelize(files, partitions)
                .mapPartitions((Iterator<FileRef> refs) -> observe(refs, maxBytes, hadoop))
                .mapToPair(o -> new Tuple2<>(o.documentHash(), o))
                .reduceByKey((a, b) -> a.sourceName().compareTo(b.sourceName()) <= 0 ? a : b)
                .values()
                .aggregate(TemplateLearner.forMerging(), (learner, o) -> {
                    learner.count(o);
                    return learner;
                }, TemplateLearner::merge);
        return learned.build();
    }

    /** What each readable document teaches; rejected or failing ones teach nothing (the main stage reports them). */
    private static Iterator<TemplateLearner.Observation> observe(Iterator<FileRef> refs, long maxBytes,
                                                                 HashMap<String, String> hadoop) throws Exception {
        ExecutorModels.warmUp();
        DocumentReader plain = new DocumentReader(maxBytes, new Cleaners());
        org.apache.hadoop.conf.Configuration conf = Inputs.configuration(hadoop);
        Path scratch = Files.createTempDirectory("attache-templates");
        List<TemplateLearner.Observation> out = new ArrayList<>();
        try {
            int slot = 0;
            while (refs.hasNext()) {
                FileRef ref = refs.next();
                try {
                    byte[] bytes = plain.readBytes(Inputs.local(ref, scratch, slot++, conf));
                    String text = DocumentReader.analysable(bytes) ? plain.decode(bytes, ref.id()) : "";
                    if (!text.isEmpty() && DocumentReader.analysable(text)) {
                        out.add(TemplateLearner.observe(ref.id(), text));
                    }
                } catch (InputRejectedException | RuntimeException | java.io.IOException e) {
                    // as the local template pass: a document that cannot be read teaches nothing
                }
            }
        } finally {
            Scratch.delete(scratch);
        }
        return out.iterator();
    }
}
