package org.attache.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.ActorType;

/**
 * Renders report.html: one self-contained page (inline CSS and SVG, no scripts, no external resources)
 * with the charts and the first rows of the documents and quotations tables. Every piece of document
 * text is HTML-escaped. The same inputs give the same bytes: nothing depends on the clock or locale.
 */
final class HtmlReport {

    static final int TOP_ACTORS = 15;
    static final int TOP_SPEAKERS = 15;
    static final int LINE_ACTORS = 6;
    static final int HEAT_ACTORS = 10;
    static final int HEAT_DOCUMENTS = 40;
    static final int TABLE_ACTORS = 50;

    /** Everything the page shows. */
    record Content(String scope, SummaryCollector.Overview overview, List<ActorTally.Row> actors,
                   Optional<LeadingActors.Timeline> timeline, LeadingActors.HeatMap heatMap, int tableCap) {
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1b1f24;\
            margin:0;background:#f5f6f8;line-height:1.45}
            main{max-width:1000px;margin:0 auto;padding:24px 28px 48px;background:#fff}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:36px 0 8px;border-bottom:1px solid #dde1e6;\
            padding-bottom:4px}
            p.scope{color:#4a525c;margin:0 0 16px}
            .cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0 8px}
            .card{flex:1 1 120px;background:#f0f4f9;border-radius:6px;padding:8px 12px}
            .card strong{display:block;font-size:22px}.card span{color:#4a525c;font-size:13px}
            figure{margin:18px 0 8px}figcaption,p.note{color:#4a525c;font-size:13px;margin:4px 0}
            svg{max-width:100%;height:auto}
            table{border-collapse:collapse;width:100%;font-size:13px;margin-top:8px}
            th{background:#e9eef4;text-align:left;padding:6px 8px;border-bottom:2px solid #c5ced8;white-space:nowrap}
            th::after{content:" \\2195";color:#98a2ad;font-weight:normal}
            td{padding:5px 8px;border-bottom:1px solid #eceff2;vertical-align:top}
            tr:nth-child(even) td{background:#fafbfc}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;color:#5b636c;word-break:break-all}
            td.who{width:150px}.role{color:#5b636c;font-size:12px}
            td.src{width:190px;font-size:12px;color:#5b636c}
            .empty{color:#6b737c;font-style:italic}
            """;

    private HtmlReport() {
    }

    static String render(Content c) {
        var o = c.overview();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Attach\u00e9 report \u2013 ").append(Html.escape(c.scope())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        sb.append("<h1>Who is talked about, and who is quoted</h1>\n");
        sb.append("<p class=\"scope\">Attach\u00e9 report on ").append(Html.escape(c.scope()));
        if (!o.firstDate().isEmpty()) {
            sb.append(", dated ").append(o.firstDate()).append(" to ").append(o.lastDate());
        }
        sb.append(". The CSV files next to this page hold every row.</p>\n");
        sb.append("<div class=\"cards\">\n");
        card(sb, o.documents(), "documents");
        card(sb, o.words(), "words");
        card(sb, c.actors().size(), "actors");
        card(sb, o.mentions(), "actor mentions");
        card(sb, o.quotes(), "quotations");
        card(sb, o.statements(), "transcript turns");
        sb.append("</div>\n");
        if (o.undated() > 0) {
            note(sb, o.undated() + " of " + o.documents() + " documents have no date; they are left out of the "
                    + "chart over time.");
        }
        actorsChart(sb, c);
        timelineChart(sb, c);
        heatMapChart(sb, c);
        speakersChart(sb, c);
        actorsTable(sb, c);
        documentsTable(sb, c);
        quotesTable(sb, c);
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void actorsChart(StringBuilder sb, Content c) {
        sb.append("<h2>Actors</h2>\n");
        if (c.actors().isEmpty()) {
            empty(sb, "No actors were found in these documents.");
            return;
        }
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (ActorTally.Row r : c.actors().subList(0, Math.min(TOP_ACTORS, c.actors().size()))) {
            bars.add(new SvgCharts.Bar(r.actor(), r.mentions(), typeColor(r.type()), r.actor() + " ("
                    + typeName(r.type()) + "): " + r.mentions() + " mentions in " + r.documents() + " documents"));
        }
        List<SvgCharts.Key> legend = new ArrayList<>();
        for (ActorType t : ActorType.values()) {
            if (t.isActor()) {
                legend.add(new SvgCharts.Key(typeName(t), typeColor(t)));
            }
        }
        figure(sb, SvgCharts.bars("Top " + bars.size() + " actors by number of mentions",
                        "mentions (every time the actor is named, under its canonical name)", bars, legend),
                "Each bar counts the mentions of one actor across " + describeDocuments(c)
                        + "; actors.csv lists all " + c.actors().size() + ".");
    }

    private static void timelineChart(StringBuilder sb, Content c) {
        if (c.timeline().isEmpty()) {
            return;
        }
        LeadingActors.Timeline t = c.timeline().get();
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < t.buckets().size(); i++) {
            periods.add(t.buckets().label(i));
        }
        List<SvgCharts.Series> series = new ArrayList<>();
        for (int i = 0; i < t.actors().size(); i++) {
            series.add(new SvgCharts.Series(t.actors().get(i), SvgCharts.PALETTE.get(i % SvgCharts.PALETTE.size()),
                    t.counts()[i]));
        }
        boolean[] hasData = new boolean[t.documents().length];
        for (int i = 0; i < hasData.length; i++) {
            hasData[i] = t.documents()[i] > 0;
        }
        String unit = t.buckets().unitName();
        figure(sb, SvgCharts.lines("Mentions per " + unit + " of the " + series.size() + " most mentioned actors",
                        "document date (" + unit + "; short ticks mark " + unit + "s with documents)", "mentions",
                        periods, hasData, series),
                "Mentions counted by the date of the document that makes them. Each dot is a " + unit
                        + " with documents; lines join them across " + unit + "s without documents."
                        + (t.undatedMentions() > 0 ? " " + t.undatedMentions()
                        + " mentions in undated documents are not shown." : ""));
    }

    private static void speakersChart(StringBuilder sb, Content c) {
        var o = c.overview();
        sb.append("<h2>Quotations</h2>\n");
        if (o.speakers().isEmpty()) {
            empty(sb, o.quotes() == 0 ? "No quotations were found in these documents."
                    : "No quotation could be attributed to a speaker.");
            return;
        }
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (SummaryCollector.Count s : o.speakers()) {
            bars.add(new SvgCharts.Bar(s.label(), s.count(), "#6a51a3", s.label() + ": " + s.count() + " quotations"));
        }
        figure(sb, SvgCharts.bars("Most quoted speakers", "quotations attributed to the speaker", bars, List.of()),
                "Quotations whose speaker was identified" + (o.unattributedQuotes() > 0 ? "; "
                        + o.unattributedQuotes() + " quotations without a known speaker are not shown" : "")
                        + ". quotes.csv has every quotation with its speaker, role and cue.");
    }

    private static void heatMapChart(StringBuilder sb, Content c) {
        LeadingActors.HeatMap h = c.heatMap();
        if (h.rows().isEmpty()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        int[][] values = new int[h.rows().size()][];
        for (int i = 0; i < h.rows().size(); i++) {
            LeadingActors.HeatRow r = h.rows().get(i);
            String name = r.title().isBlank() ? r.id() : r.title();
            labels.add((r.date().isEmpty() ? "undated" : r.date()) + " \u00b7 " + name);
            tooltips.add(r.id() + (r.title().isBlank() ? "" : " \u2013 " + r.title()));
            values[i] = r.counts();
        }
        String shown = h.rows().size() < h.documentsWithMentions()
                ? "the " + h.rows().size() + " of " + h.documentsWithMentions()
                        + " documents that mention them most, " : "every document that mentions them, ";
        figure(sb, SvgCharts.heatMap("Mentions of the " + h.actors().size() + " leading actors, document by document",
                        labels, tooltips, h.actors(), values),
                "Rows are " + shown + "by date; columns are the most mentioned actors. Darker cells mean more "
                        + "mentions; actor_mentions.csv has every pair.");
    }

    private static void actorsTable(StringBuilder sb, Content c) {
        if (c.actors().isEmpty()) {
            return;
        }
        List<ActorTally.Row> rows = c.actors().subList(0, Math.min(TABLE_ACTORS, c.actors().size()));
        sb.append("<h2>Actor table</h2>\n");
        capNote(sb, rows.size(), c.actors().size(), "actors", "most mentioned first", "actors.csv");
        sb.append("<table>\n<thead><tr><th>actor</th><th>type</th><th>documents</th><th>mentions</th>"
                + "<th>first date</th><th>last date</th></tr></thead>\n<tbody>\n");
        for (ActorTally.Row r : rows) {
            sb.append("<tr><td>").append(Html.escape(r.actor())).append("</td><td>").append(typeName(r.type()))
                    .append("</td>");
            num(sb, r.documents());
            num(sb, r.mentions());
            sb.append("<td class=\"n\">").append(Html.escape(r.firstDate())).append("</td><td class=\"n\">")
                    .append(Html.escape(r.lastDate())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void documentsTable(StringBuilder sb, Content c) {
        var o = c.overview();
        sb.append("<h2>Documents</h2>\n");
        if (o.documentRows().isEmpty()) {
            empty(sb, "No documents match.");
            return;
        }
        capNote(sb, o.documentRows().size(), o.documents(), "documents", "in id order", "documents.csv");
        sb.append("<table>\n<thead><tr><th>title and document</th><th>date</th><th>publisher</th>"
                + "<th>words</th><th>actors</th><th>mentions</th><th>quotations</th></tr></thead>\n<tbody>\n");
        for (SummaryCollector.DocumentRow r : o.documentRows()) {
            sb.append("<tr><td>");
            if (r.title().isBlank()) {
                sb.append("<span class=\"empty\">no title</span>");
            } else {
                sb.append(Html.escape(r.title()));
            }
            sb.append("<div class=\"id\">").append(Html.escape(r.id())).append("</div></td><td class=\"n\">")
                    .append(Html.escape(r.date())).append("</td><td>").append(Html.escape(r.publisher()))
                    .append("</td>");
            num(sb, r.words());
            num(sb, r.actors());
            num(sb, r.mentions());
            num(sb, r.quotes());
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void quotesTable(StringBuilder sb, Content c) {
        var o = c.overview();
        if (o.quoteRows().isEmpty()) {
            return;
        }
        sb.append("<h2>Quotations with speakers</h2>\n");
        capNote(sb, o.quoteRows().size(), o.quotes(), "quotations", "in document order, each cut at "
                + SummaryCollector.QUOTE_CHARS + " characters", "quotes.csv");
        sb.append("<table>\n<thead><tr><th>speaker and role</th><th>quotation</th><th>document and date</th>"
                + "</tr></thead>\n<tbody>\n");
        for (SummaryCollector.QuoteRow r : o.quoteRows()) {
            sb.append("<tr><td class=\"who\">").append(r.speaker().isBlank() ? "<span class=\"empty\">unknown</span>"
                    : "<strong>" + Html.escape(r.speaker()) + "</strong>");
            if (!r.role().isBlank()) {
                sb.append("<div class=\"role\">").append(Html.escape(r.role())).append("</div>");
            }
            sb.append("</td><td class=\"q\">\u201c").append(Html.escape(r.quote())).append("\u201d</td>")
                    .append("<td class=\"src\"><div class=\"id\">").append(Html.escape(r.document()))
                    .append("</div>").append(Html.escape(r.date())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void capNote(StringBuilder sb, int shown, long total, String what, String order, String csv) {
        if (shown < total) {
            note(sb, String.format(Locale.ROOT, "Showing the first %,d of %,d %s (%s); %s has them all.", shown,
                    total, what, order, csv));
        } else {
            note(sb, String.format(Locale.ROOT, "All %,d %s (%s).", total, what, order));
        }
    }

    private static String describeDocuments(Content c) {
        return String.format(Locale.ROOT, "%,d documents", c.overview().documents());
    }

    private static void figure(StringBuilder sb, String svg, String caption) {
        sb.append("<figure>\n").append(svg).append("<figcaption>").append(Html.escape(caption))
                .append("</figcaption>\n</figure>\n");
    }

    private static void card(StringBuilder sb, long value, String label) {
        sb.append(String.format(Locale.ROOT, "<div class=\"card\"><strong>%,d</strong><span>%s</span></div>\n", value, label));
    }

    private static void num(StringBuilder sb, long value) {
        sb.append(String.format(Locale.ROOT, "<td class=\"n\">%,d</td>", value));
    }

    private static void note(StringBuilder sb, String text) {
        sb.append("<p class=\"note\">").append(Html.escape(text)).append("</p>\n");
    }

    private static void empty(StringBuilder sb, String text) {
        sb.append("<p class=\"empty\">").append(Html.escape(text)).append("</p>\n");
    }

    static String typeName(ActorType t) {
        return switch (t) {
            case COUNTRY -> "country";
            case ORGANIZATION -> "organisation";
            case PERSON -> "person";
            case LOCATION -> "place";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    static String typeColor(ActorType t) {
        return switch (t) {
            case COUNTRY -> "#0072B2";
            case ORGANIZATION -> "#E69F00";
            case PERSON -> "#009E73";
            default -> "#999999";
        };
    }
}
