package org.attache.model;

import java.util.Optional;

/**
 * A quotation set apart from the running text (an HTML blockquote, a pull quote between
 * "open quote mark" / "close quote mark" alt-texts), with the attribution line that follows it, if any.
 */
public record BlockQuote(TextSpan quote, Optional<TextSpan> attribution) {
}
