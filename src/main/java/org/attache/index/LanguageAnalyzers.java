package org.attache.index;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's analyzers for languages other than English, by ISO 639-1 code: a document in one of these
 * languages has its body indexed a second time with its own stemming and stop words (French elisions,
 * German compounds' plural forms), so that words in that language find their inflected forms.
 */
final class LanguageAnalyzers {

    static final Map<String, Supplier<Analyzer>> ALL = Map.ofEntries(
            Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new),
            Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("cs", CzechAnalyzer::new),
            Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new),
            Map.entry("lt", LithuanianAnalyzer::new),
            Map.entry("lv", LatvianAnalyzer::new),
            Map.entry("et", EstonianAnalyzer::new),
            Map.entry("ar", ArabicAnalyzer::new),
            Map.entry("fa", PersianAnalyzer::new),
            Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("sr", SerbianAnalyzer::new),
            Map.entry("hy", ArmenianAnalyzer::new));

    private LanguageAnalyzers() {
    }
}
