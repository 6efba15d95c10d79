package org.attache.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;
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
    /**
     * Absolute path of the file the run read the document from (stored only, never searched): the
     * workbench serves it as the document's source, looked up by id, never by a path from a request.
     */
    public static final String SOURCE = "source";
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
    /** A document's paragraphs, block quotes, mentions, quotations and turns ({@link AnalysisRecord}). */
    public static final String ANALYSIS_DATA = "analysis_record";
    /** A quotation's record, its words apart ({@link AnalysisRecord#encodeQuote}). */
    public static final String QUOTE_DATA = "quote_record";
    /** The document's language code (see nlp.LanguageIdentifier), on documents and their quotations. */
    public static final String LANGUAGE = "language";
    /** The language as a facet dimension, for the language counts of a search. */
    public static final String LANGUAGE_FACET = "language_facet";
    /** Exact-text hash and MinHash signature of the clean text ({@link TextFingerprint}), for duplicate groups. */
    public static final String FINGERPRINT_DV = "fingerprint_dv";
    /** Prefix of the field holding a non-English body analysed with its own language's analyzer: body_fr. */
    public static final String BODY_IN = "body_";
    /** Facet dimensions for the workbench's filters (besides {@link #ACTOR_FACET}); see {@link FacetFields}. */
    public static final String PUBLISHER_FACET = "publisher_facet";
    public static final String FORMAT_FACET = "format_facet";
    public static final String ACTOR_TYPE_FACET = "actor_type_facet";
    public static final String SPEAKER_FACET = "speaker_facet";

    /**
     * Bumped whenever a field changes how it is indexed; an index written under another version is
     * rebuilt by the next run (Lucene refuses to mix index options of one field).
     */
    public static final String VERSION = "6";
    /** Commit user-data key holding {@link #VERSION}. */
    public static final String VERSION_KEY = "attache.schema";

    /** The body: English-analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
    public static final FieldType BODY_TYPE = bodyType();

    private IndexSchema() {
    }

    /** The body's type unstored: the empty body a quotation's document carries (see {@link AnalysisCodec}). */
    static final FieldType EMPTY_BODY_TYPE = bodyType(false);

    private static FieldType bodyType() {
        return bodyType(true);
    }

    private static FieldType bodyType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * What the index writer uses: as {@link #analyzer()}, but text fields keep each word unstemmed
     * beside its stem (same position), so wildcards and fuzzy terms, which are not stemmed, match
     * what users type ({@code ransom?are}, {@code security~}) while words and phrases still match stems.
     */
    public static Analyzer indexAnalyzer() {
        return INDEX_ANALYZER;
    }

    /** English stemming for text; case-insensitive exact match for names used as filters. */
    public static Analyzer analyzer() {
        return QUERY_ANALYZER;
    }

    // Made once: each holds an analyzer per language (stop sets, stemmers), and queries asked for one per
    // speaker filter. Analyzers are thread-safe (per-thread token streams) and never closed.
    private static final Analyzer INDEX_ANALYZER = perField(english(true));
    private static final Analyzer QUERY_ANALYZER = perField(english(false));

    /** Lucene's English chain (possessives, lower case, stop words, Porter) with British spellings made American. */
    private static Analyzer english(boolean keepUnstemmed) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new EnglishPossessiveFilter(source);
                t = new LowerCaseFilter(t);
                t = new AmericanSpellingFilter(t);
                t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                if (keepUnstemmed) {
                    t = new RemoveDuplicatesTokenFilter(new PorterStemFilter(new KeywordRepeatFilter(t)));
                } else {
                    t = new PorterStemFilter(t);
                }
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static Analyzer perField(Analyzer english) {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        // publisher: every run of letters or digits is a word, so "ncsc" finds "NCSC.GOV.UK"
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
        Map<String, Analyzer> fields = new HashMap<>(Map.of(
                PUBLISHER, words,
                ACTOR, keyword,
                SPEAKER_ACTOR, keyword,
                KIND, keyword,
                ID, keyword,
                GROUP, keyword,
                LANGUAGE, keyword,
                SPEAKER, new StandardAnalyzer()));
        LanguageAnalyzers.ALL.forEach((language, make) -> fields.put(BODY_IN + language, make.get()));
        return new PerFieldAnalyzerWrapper(english, fields);
    }

    /** The field of a body in {@code language} when Lucene has an analyzer for it (other than English). */
    public static Optional<String> bodyFieldOf(String language) {
        return LanguageAnalyzers.ALL.containsKey(language) ? Optional.of(BODY_IN + language)
                : Optional.empty();
    }

    /** Every language body field, for queries over all of them. */
    public static List<String> languageBodyFields() {
        return LanguageAnalyzers.ALL.keySet().stream().sorted().map(l -> BODY_IN + l).toList();
    }

    public static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(ACTOR_FACET, true);
        config.setMultiValued(LANGUAGE_FACET, false);
        config.setMultiValued(ACTOR_TYPE_FACET, true);
        config.setMultiValued(SPEAKER_FACET, true);
        return config;
    }
}
