package org.attache.ingest;

/**
 * One step of choosing the main text: reads and updates the verdicts of a {@link PageBlocks}.
 * {@link MainTextSelector} runs the steps in a fixed order; each is stateless and thread-safe.
 */
interface SelectionRule {

    void apply(PageBlocks page);
}
