/**
 * Reading inputs into {@link org.attache.model.CleanDocument}s: format detection, text decoding, HTML,
 * Markdown, PDF and plain-text cleaning (chrome and template removal, each with a reason), title,
 * date and publisher. Imports {@code model}; may import {@code io} too, no other package of Attaché.
 */
package org.attache.ingest;
