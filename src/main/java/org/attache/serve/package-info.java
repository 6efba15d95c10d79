/**
 * The analysts' workbench ({@code attache serve}): a local, read-only web application over a run's
 * index, on Javalin (Jetty) with jte templates compiled at build time. A top layer like {@code cli}:
 * it reads the index through {@link org.attache.index.IndexBrowser} and writes nothing but the
 * temporary folder of a report set it is streaming ({@link org.attache.serve.ReportSet}). Only the
 * serve command loads these classes, so the other commands never pay for the web stack. Imports
 * {@code model}, {@code ingest}, {@code index} and {@code report}; may import {@code io} and {@code nlp}
 * too, never {@code pipeline} or {@code cli}.
 */
package org.attache.serve;
