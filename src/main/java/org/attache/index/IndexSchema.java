package org.attache.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * Field names and analyzers of the index, in one place. Each source document is one Lucene
 * document ({@code kind:document}) followed by one per quotation ({@code kind:quote}); both carry
 * {@code group} = the document id, so a document and its quotes are replaced together.
 */
public final class IndexSchema {

    public static final String KIND = "kind";
    public static final String KIND_DOCUMENT = "document";
    public static final String KIND_QUOTE = "quote";
    /** A transcript turn, found by quotation searches as words its speaker said. */
    public static final String KIND_TURN = "turn";
    public static final String GROUP = "group";
    public static final String ID = "id";
    public static final String ID_SORT = "id_sort";
    public static final String HASH = "hash";
    public static final String HASH_DV = "hash_dv";
    /** Size, modification time and file key of the source file when it was analysed (see pipeline.FileStamp). */
    public static final String STAMP_DV = "stamp_dv";
    public static final String FORMAT = "format";
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String DATE_DAY = "date_day";
    public static final String PUBLISHER = "publisher";
    public static final String BODY = "body";
    public static final String WORDS = "words";
    public static final String ACTOR = "actor";
    public static final String ACTOR_FACET = "actor_facet";
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_ACTOR = "speaker_actor";
    public static final String ROLE = "speaker_role";
    public static final String QUOTE = "quote";
    public static final String MENTIONS_DATA = "mentions_data";
    public static final String QUOTES_DATA = "quotes_data";
    public static final String STATEMENTS_DATA = "statements_data";
    public static final String QUOTE_DATA = "quote_data";

    /**
     * Bumped whenever a field changes how it is indexed; an index written under another version is
     * rebuilt by the next run (Lucene refuses to mix index options of one field).
     */
    public static final String VERSION = "4";
    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "attache.schema";

    /** The body: English-analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
    public static final FieldType BODY_TYPE = bodyType();

    private IndexSchema() {
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** English stemming for text; case-insensitive exact match for names used as filters. */
    public static Analyzer analyzer() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(english, Map.of(
                ACTOR, keyword,
                SPEAKER_ACTOR, keyword,
                KIND, keyword,
                ID, keyword,
                GROUP, keyword,
                SPEAKER, new StandardAnalyzer()));
    }

    public static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(ACTOR_FACET, true);
        return config;
    }
}
