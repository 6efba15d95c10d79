package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.index.DocumentIndex;
import org.attache.index.SavedVersions;
import org.attache.nlp.actors.ActorLists;

/**
 * Finds out whether a corpus changed since the last run into the same output folder, so that a
 * re-run of an unchanged corpus reads, cleans and analyses nothing (see {@link UnchangedCorpus}).
 */
final class ChangeDetector {

    private final OutputLayout out;
    private final RejectionMemory memory;
    private final String build;
    private final RunConfig config;
    private final CleanTexts cleanTexts;

    ChangeDetector(OutputLayout out, RejectionMemory memory, String build, RunConfig config, CleanTexts cleanTexts) {
        this.out = out;
        this.memory = memory;
        this.build = build;
        this.config = config;
        this.cleanTexts = cleanTexts;
    }

    /**
     * The corpus unchanged, decided from the saved copy of the index's version table, without opening
     * the index (Lucene's start-up was a third of such a run); empty when it changed or the copy is stale.
     */
    Optional<UnchangedCorpus> fromSavedCopy(List<SourceFile> files) throws InterruptedException {
        var saved = SavedVersions.read(out.index());
        return saved.isPresent() ? check(files, saved.get()) : Optional.empty();
    }

    /** The corpus unchanged, decided from the versions the open index holds. */
    Optional<UnchangedCorpus> fromIndex(List<SourceFile> files, DocumentIndex index)
            throws IOException, InterruptedException {
        return check(files, index.storedVersions());
    }

    private Optional<UnchangedCorpus> check(List<SourceFile> files, Map<String, DocumentIndex.Stored> stored)
            throws InterruptedException {
        return UnchangedCorpus.check(files, stored, out, memory, build, config,
                id -> actorListSignature(config.actorLists(), out, id), cleanTexts);
    }

    /** True when the output folder has no committed index yet: every document will be analysed. */
    static boolean noCommittedIndex(OutputLayout out) {
        if (!Files.isDirectory(out.index())) {
            return true;
        }
        try (var names = Files.list(out.index())) {
            return names.noneMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false; // let the index itself say what is wrong
        }
    }

    /**
     * What the researcher's actor lists change in the document as last cleaned (its clean text on
     * disk): empty without lists, so no file is read then.
     */
    static String actorListSignature(ActorLists lists, OutputLayout out, String id) {
        if (lists.isEmpty()) {
            return "";
        }
        try {
            return lists.signature(Files.readString(out.cleanFile(id)));
        } catch (IOException e) {
            return "?"; // unreadable: analyse again
        }
    }
}
