/**
 * Running the stages over a corpus: scanning, worker threads, time budgets, incremental re-runs (version
 * keys, file stamps), progress and run.json. May import every package but {@code serve} and {@code cli}.
 */
package org.attache.pipeline;
