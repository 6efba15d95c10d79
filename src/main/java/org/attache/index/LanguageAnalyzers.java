package org.attache.index;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * Lucene's analyzers for languages other than English, by ISO 639-1 code: a document in one of these
 * languages has its body indexed a second time with its own stemming and stop words (French elisions,
 * German compounds' plural forms), so that words in that language find their inflected forms.
 */
final class LanguageAnalyzers {

    static final Map<String, Supplier<Analyzer>> ALL = Map.ofEntries(
            Map.entry("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::new),
            Map.entry("de", org.apache.lucene.analysis.de.GermanAnalyzer::new),
            Map.entry("es", org.apache.lucene.analysis.es.SpanishAnalyzer::new),
            Map.entry("it", org.apache.lucene.analysis.it.ItalianAnalyzer::new),
            Map.entry("nl", org.apache.lucene.analysis.nl.DutchAnalyzer::new),
            Map.entry("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::new),
            Map.entry("ru", org.apache.lucene.analysis.ru.RussianAnalyzer::new),
            Map.entry("sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::new),
            Map.entry("da", org.apache.lucene.analysis.da.DanishAnalyzer::new),
            Map.entry("no", org.apache.lucene.analysis.no.NorwegianAnalyzer::new),
            Map.entry("fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::new),
            Map.entry("cs", org.apache.lucene.analysis.cz.CzechAnalyzer::new),
            Map.entry("ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::new),
            Map.entry("hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::new),
            Map.entry("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::new),
            Map.entry("el", org.apache.lucene.analysis.el.GreekAnalyzer::new),
            Map.entry("bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer::new),
            Map.entry("lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer::new),
            Map.entry("lv", org.apache.lucene.analysis.lv.LatvianAnalyzer::new),
            Map.entry("et", org.apache.lucene.analysis.et.EstonianAnalyzer::new),
            Map.entry("ar", org.apache.lucene.analysis.ar.ArabicAnalyzer::new),
            Map.entry("fa", org.apache.lucene.analysis.fa.PersianAnalyzer::new),
            Map.entry("ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::new),
            Map.entry("sr", org.apache.lucene.analysis.sr.SerbianAnalyzer::new),
            Map.entry("hy", org.apache.lucene.analysis.hy.ArmenianAnalyzer::new));

    private LanguageAnalyzers() {
    }
}
