package org.huixiang.common.seeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every province, prefecture, county and town of China ({@code gazetteer/china.tsv}, generated from
 * 国家统计局's 统计用区划代码), for recognising the places a text names that are not the county's.
 *
 * <p>It is the same for every county and about 45,000 places, so it is read once per class loader
 * from the packaged seeds instead of travelling with the seeds inside every Flink function.
 */
public final class NationalGazetteer {

    static final String FILE = "gazetteer/china.tsv";

    private static volatile NationalGazetteer packaged;

    private final List<Place> places;
    private final Map<String, Place> byCode = new HashMap<>();

    /** The administrative level of a place. */
    public enum Level {
        PROVINCE,
        PREFECTURE,
        COUNTY,
        TOWN
    }

    /**
     * A place of China.
     *
     * @param code its statistical code: 2 digits for a province, 4 for a prefecture, 6 for a
     *     county, 9 for a town; a place's code starts with the codes of the places above it
     * @param shortForm the name people write without the suffix (宜宾市 → 宜宾), or empty
     */
    public record Place(String code, Level level, String name, String shortForm) {

        /** True when this place is {@code other} or lies inside it. */
        public boolean within(Place other) {
            return code.startsWith(other.code);
        }
    }

    NationalGazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        for (Place place : this.places) {
            byCode.put(place.code(), place);
        }
    }

    /** The gazetteer packaged with huixiang, read on first use. */
    public static NationalGazetteer packaged() {
        NationalGazetteer loaded = packaged;
        if (loaded == null) {
            synchronized (NationalGazetteer.class) {
                if (packaged == null) {
                    packaged = read(SeedSource.classpath());
                }
                loaded = packaged;
            }
        }
        return loaded;
    }

    static NationalGazetteer read(SeedSource source) {
        List<Place> places = new ArrayList<>(45_000);
        try (InputStream in = source.open(FILE);
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(
                            source.describe(FILE)
                                    + " line "
                                    + lineNo
                                    + ": expected code, level, name and short form separated by tabs;"
                                    + " regenerate it with seeds/gazetteer/generate.mjs");
                }
                places.add(
                        new Place(f[0], Level.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.describe(FILE), e);
        }
        return new NationalGazetteer(places);
    }

    public List<Place> places() {
        return places;
    }

    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
