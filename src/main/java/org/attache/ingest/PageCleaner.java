package org.attache.ingest;

/** Cleans a decoded page of one format. Implementations are immutable and thread-safe. */
public interface PageCleaner {

    /**
     * @param raw        the decoded page
     * @param sourceName the document id, for metadata fallbacks (publisher from a domain, title from a name)
     */
    CleanedPage clean(String raw, String sourceName);
}
