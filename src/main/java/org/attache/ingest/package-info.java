/**
 * Reading inputs into {@link org.attache.model.CleanDocument}s: format detection, text decoding, HTML,
 * Markdown, PDF and plain-text cleaning (chrome and template removal, each with a reason), title,
 * date and publisher. May import {@code model} and {@code io} only.
 */
package org.attache.ingest;
