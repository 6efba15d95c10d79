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
    private final String templatesFingerprint;

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
        this.templatesFingerprint = templates.fingerprint();
    }

    /**
     * Cleaners for a run that will clean nothing because no document changed: they carry the
     * fingerprint of the templates the index was built with, so every document stays unchanged.
     */
    public static Cleaners assumingTemplates(String fingerprint) {
        return new Cleaners(Templates.NONE, fingerprint);
    }

    private Cleaners(Templates templates, String fingerprint) {
        this.html = new HtmlCleaner(templates);
        this.markdown = new MarkdownCleaner(templates);
        this.text = new TextCleaner(templates);
        this.templatesFingerprint = fingerprint;
    }

    /** Identifies the templates these cleaners apply (see {@link Templates#fingerprint()}). */
    public String templatesFingerprint() {
        return templatesFingerprint;
    }

    public PageCleaner forFormat(SourceFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case HTML -> html;
            case MARKDOWN -> markdown;
            case TEXT -> text;
            case PDF -> throw new IllegalArgumentException("a PDF is read from its text layer (PdfReader), not cleaned as text");
        };
    }
}
