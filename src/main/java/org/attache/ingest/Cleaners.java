package org.attache.ingest;

import java.util.Objects;
import org.attache.model.SourceFormat;

/**
 * The page cleaner for each format, sharing one set of cross-document {@link Templates}.
 * Immutable and thread-safe: one instance serves all worker threads of a run.
 */
public final class Cleaners {

    private final PageCleaner html;
    private final PageCleaner markdown;
    private final PageCleaner text;

    /** Cleaners that know no site templates (single documents, tests). */
    public Cleaners() {
        this(Templates.NONE);
    }

    /** Cleaners that also remove the lines {@code templates} learned as chrome of each site. */
    public Cleaners(Templates templates) {
        Objects.requireNonNull(templates, "templates");
        this.html = new HtmlCleaner(templates);
        this.markdown = new MarkdownCleaner(templates);
        this.text = new TextCleaner(templates);
    }

    public PageCleaner forFormat(SourceFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case HTML -> html;
            case MARKDOWN -> markdown;
            case TEXT -> text;
        };
    }
}
