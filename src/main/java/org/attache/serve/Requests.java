package org.attache.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.index.BrowseRequest;
import org.attache.index.PartialDate;

/** Reads a page's query parameters into a {@link BrowseRequest}, refusing anything unknown or malformed. */
final class Requests {

    static final int PAGE_SIZE = 20;
    static final int MAX_PARAM_CHARS = 2_000;
    /** The parameters the search, quotes and export pages take, in the order links write them. */
    static final List<String> PARAMS = List.of("q", "actor", "type", "speaker", "publisher", "format", "language",
            "since", "until", "sort", "page");
    /** The parameters that may be given more than once (any of the values: languages; all of them: actors). */
    static final Set<String> REPEATABLE = Set.of("actor", "language");
    private static final Set<String> TYPES = Set.of("COUNTRY", "ORGANIZATION", "PERSON");
    /** A language code as the index has it: ISO 639-1 or 639-3, or "unknown". */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}|unknown");

    private Requests() {
    }

    /** The page state: known parameters only (anything else is a 400, so a typo never silently does nothing). */
    static UrlState state(Context ctx) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String key : ctx.queryParamMap().keySet()) {
            if (!PARAMS.contains(key)) {
                throw new BadRequest("unknown parameter '" + key + "'; known: " + String.join(", ", PARAMS));
            }
        }
        for (String key : PARAMS) {
            List<String> values = ctx.queryParams(key);
            for (String v : values) {
                if (v.length() > MAX_PARAM_CHARS) {
                    throw new BadRequest("parameter '" + key + "' is longer than " + MAX_PARAM_CHARS + " characters");
                }
            }
            if (values.size() > 1 && !REPEATABLE.contains(key)) {
                throw new BadRequest("parameter '" + key + "' given " + values.size() + " times; give it once");
            }
            if (values.size() > 20) {
                throw new BadRequest("at most 20 " + key + "s at once");
            }
            params.put(key, values.stream().map(String::strip).toList());
        }
        return new UrlState(params);
    }

    static BrowseRequest browse(UrlState s) {
        String type = s.get("type").toUpperCase(Locale.ROOT);
        if (!type.isEmpty() && !TYPES.contains(type)) {
            throw new BadRequest("type must be one of COUNTRY, ORGANIZATION, PERSON; got '" + s.get("type") + "'");
        }
        List<String> languages = s.all("language").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        for (String l : s.all("language")) {
            if (!LANGUAGE.matcher(l.toLowerCase(Locale.ROOT)).matches()) {
                throw new BadRequest("language must be a code like en, fr or unknown; got '" + l + "'");
            }
        }
        Optional<LocalDate> since = date(s, "since", true);
        Optional<LocalDate> until = date(s, "until", false);
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new BadRequest("since (" + since.get() + ") is after until (" + until.get() + ")");
        }
        int page = page(s);
        if ((long) page * PAGE_SIZE > BrowseRequest.MAX_DEPTH) {
            throw new BadRequest("page " + page + " is too deep (at most " + BrowseRequest.MAX_DEPTH / PAGE_SIZE
                    + "); narrow the search or export the CSV");
        }
        return new BrowseRequest(s.get("q"), s.all("actor"), type, s.get("speaker"), s.get("publisher"),
                s.get("format"), languages, since, until, order(s), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    static int page(UrlState s) {
        String p = s.get("page");
        if (p.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(p);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new BadRequest("page must be a whole number from 1; got '" + p + "'");
    }

    private static BrowseRequest.Order order(UrlState s) {
        String sort = s.get("sort");
        return switch (sort) {
            case "", "relevance" -> BrowseRequest.Order.RELEVANCE;
            case "newest" -> BrowseRequest.Order.NEWEST;
            case "oldest" -> BrowseRequest.Order.OLDEST;
            default -> throw new BadRequest("sort must be relevance, newest or oldest; got '" + sort + "'");
        };
    }

    private static Optional<LocalDate> date(UrlState s, String key, boolean first) {
        String v = s.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            PartialDate d = PartialDate.parse(v);
            return Optional.of(first ? d.first() : d.last());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(key + " must be a date like 2021-06-14, 2021-06 or 2021; got '" + v + "'");
        }
    }

    /** One required parameter of a page that takes nothing else (document id, actor name). */
    static String single(Context ctx, String key) {
        for (String k : ctx.queryParamMap().keySet()) {
            if (!k.equals(key)) {
                throw new BadRequest("unknown parameter '" + k + "'; this page takes only '" + key + "'");
            }
        }
        List<String> v = ctx.queryParams(key);
        if (v.size() != 1 || v.get(0).isBlank()) {
            throw new BadRequest("give '" + key + "' once");
        }
        if (v.get(0).length() > MAX_PARAM_CHARS) {
            throw new BadRequest("'" + key + "' is longer than " + MAX_PARAM_CHARS + " characters");
        }
        if (v.get(0).chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest("'" + key + "' holds a control character; no document id or actor name does");
        }
        return v.get(0);
    }
}
