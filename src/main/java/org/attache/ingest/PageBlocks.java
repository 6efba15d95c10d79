package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one block list the main-text rules work on: each block in reading order with its verdict so
 * far (removed by a named rule, kept, or undecided), whether it looks like body text, where the
 * body lies, and what the head gave (headline, dateline). Mutable, confined to one
 * {@link MainTextSelector#select} call.
 */
final class PageBlocks {

    private final List<Block> blocks;
    private final NamedRule[] removedBy;
    private final boolean[] keep;
    private final boolean[] good;
    private final String knownTitle;
    private int bodyStart;
    private String headline;
    private String dateline;

    /**
     * @param blocks     the page's blocks in reading order
     * @param knownTitle the title the page's metadata states (HTML, front matter), or empty
     */
    PageBlocks(List<Block> blocks, String knownTitle) {
        this.blocks = new ArrayList<>(blocks);
        this.removedBy = new NamedRule[blocks.size()];
        this.keep = new boolean[blocks.size()];
        this.good = new boolean[blocks.size()];
        this.knownTitle = knownTitle;
    }

    int size() {
        return blocks.size();
    }

    Block get(int i) {
        return blocks.get(i);
    }

    void setKind(int i, Block.Kind kind) {
        blocks.set(i, blocks.get(i).withKind(kind));
    }

    /** The rule that removed block i, or null while it is not removed. */
    NamedRule removedBy(int i) {
        return removedBy[i];
    }

    boolean isRemoved(int i) {
        return removedBy[i] != null;
    }

    /** Whether block i exists and was removed by {@code rule}. */
    boolean removedAs(int i, NamedRule rule) {
        return i >= 0 && i < removedBy.length && removedBy[i] == rule;
    }

    void remove(int i, NamedRule rule) {
        removedBy[i] = rule;
        keep[i] = false;
    }

    boolean isKept(int i) {
        return keep[i];
    }

    void keep(int i) {
        keep[i] = true;
    }

    boolean isGood(int i) {
        return good[i];
    }

    void setGood(int i, boolean value) {
        good[i] = value;
    }

    String knownTitle() {
        return knownTitle;
    }

    int bodyStart() {
        return bodyStart;
    }

    void setBodyStart(int first) {
        bodyStart = first;
    }

    void setHeadline(String text) {
        headline = text;
    }

    Optional<String> headline() {
        return Optional.ofNullable(headline);
    }

    String dateline() {
        return dateline;
    }

    void setDateline(String isoDate) {
        dateline = isoDate;
    }

    /** The kept blocks in reading order, the removals, and the head's metadata. */
    MainTextSelector.Selection selection() {
        List<Block> kept = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (keep[i]) {
                kept.add(blocks.get(i));
            } else {
                removals.add(new Removal(blocks.get(i).text(), removedBy[i].ruleName()));
            }
        }
        return new MainTextSelector.Selection(kept, removals, Optional.ofNullable(headline), Optional.ofNullable(dateline));
    }
}
