package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sun Jun 20 2021 | 2021-06-20",
            "Last updated: 28 May. 2018 16:29 | 2018-05-28",
            "November 18, 2019 | 2019-11-18",
            "2019-11-18T05:52:20-05:00 | 2019-11-18",
            "2008-1-14 19:44 | 2008-01-14",
            "16 November 2017 • 2:15pm | 2017-11-16",
            "Nov. 21, 2017 | 2017-11-21",
            "Thursday 3rd of March 2022 | 2022-03-03",
            "Sept 9, 2016 | 2016-09-09",
            "20191118T101500Z | 2019-11-18",
    })
    void readsTheUsualForms(String text, String iso) {
        assertEquals(Optional.of(iso), Dates.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3. März 2021 | 2021-03-03",
            "le 1er mars 2021 | 2021-03-01",
            "3 de marzo de 2021 | 2021-03-03",
            "12 марта 2021 г. | 2021-03-12",
            "Stand: 28.04.2020 18:00 Uhr | 2020-04-28",
            "veröffentlicht am 28.01.22 | 2022-01-28",
            "2021年3月3日 | 2021-03-03",
            "Article Launched: 11/28/2006 04:15:09 PM PST | 2006-11-28",
            "Published 30/12/2007 | 2007-12-30",
    })
    void readsOtherLanguagesAndNumericForms(String text, String iso) {
        assertEquals(Optional.of(iso), Dates.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no date here", "2019-13-45", "February 30, 2020", "12/11/2019", "May I come in?",
            "1 January 1980", "3 January 2999", "version 1.2.3"})
    void ignoresImpossibleAndAmbiguousDates(String text) {
        assertTrue(Dates.find(text).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://www.washingtonpost.com/world/story/2015/03/18/abc_story.html | 2015-03-18",
            "/2009/WORLD/europe/03/14/summit.final.statement/index.html | 2009-03-14",
            "https://example.org/20200428/a-story | 2020-04-28",
    })
    void readsDatesInNewsUrls(String url, String iso) {
        assertEquals(Optional.of(iso), Dates.fromUrl(url));
    }

    @Test
    void aDayNumberStartingASlugIsNoDay() {
        assertTrue(Dates.fromUrl("https://blog.example.org/2023/10/3-questions-for-the-team/").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Sun Jun 20 2021 | 4", "The summit of June 20, 2021 ended | 14"})
    void firstMatchTellsWhereTheDateIs(String text, int start) {
        assertEquals(start, Dates.firstMatch(text).orElseThrow().start());
    }
}
