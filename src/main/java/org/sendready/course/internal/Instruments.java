package org.sendready.course.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendready.course.Citation;

/** The primary sources content may cite, and the parsing of "KEY pinpoint" citations against them. */
final class Instruments {

    private static final Pattern CITATION = Pattern.compile("^\\s*([A-Za-z0-9]+)\\s+(.+?)\\s*$");

    private final Map<String, Instrument> byKey = new LinkedHashMap<>();

    Instruments(List<Instrument> instruments) {
        instruments.forEach(i -> byKey.put(i.key(), i));
    }

    /** The citation, or empty when the key is unknown or the pinpoint does not fit the instrument's pattern. */
    Optional<Citation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CITATION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Instrument instrument = byKey.get(m.group(1));
        if (instrument == null || !instrument.pinpoint().matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Citation(instrument.key(), m.group(2), instrument.shortTitle(), instrument.title(),
                instrument.url()));
    }

    record Instrument(String key, String shortTitle, String title, String url, Pattern pinpoint) {
    }
}
