package org.huixiang.common.seeds;

import static org.huixiang.common.seeds.SeedLoader.GAZETTEER;
import static org.huixiang.common.seeds.SeedLoader.REGIONS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the county's official places ({@code gazetteer/county.yaml}) and checks that {@code
 * regions.yaml} lists exactly its towns. Problems go to the loader, which reports them all at once.
 */
final class GazetteerReader {

    private static final String FIX = "regenerate it with seeds/gazetteer/generate.mjs";

    private final SeedLoader loader;

    GazetteerReader(SeedLoader loader) {
        this.loader = loader;
    }

    CountyGazetteer county(JsonNode root, List<Region> regions) {
        JsonNode county = root.path("county");
        String code = loader.required(county, "code", GAZETTEER, "county");
        String name = loader.required(county, "name", GAZETTEER, "county");
        List<String> towns = new ArrayList<>();
        for (JsonNode node : loader.list(root, "towns", GAZETTEER)) {
            String town = loader.required(node, "name", GAZETTEER, "towns[]");
            if (town != null) {
                towns.add(town);
            }
        }
        List<CountyGazetteer.Village> villages = new ArrayList<>();
        for (JsonNode node : loader.list(root, "villages", GAZETTEER)) {
            String village = loader.required(node, "name", GAZETTEER, "villages[]");
            String town = SeedLoader.text(node, "town");
            if (village == null) {
                continue;
            }
            if (!towns.contains(town)) {
                loader.problem(
                        GAZETTEER,
                        "village " + village,
                        "belongs to '" + town + "', which is not among its towns",
                        FIX);
                continue;
            }
            villages.add(
                    new CountyGazetteer.Village(
                            SeedLoader.text(node, "code"),
                            village,
                            town,
                            node.path("namesakes").asInt(0)));
        }
        checkRegions(towns, regions);
        return new CountyGazetteer(
                code,
                name,
                loader.required(county, "prefecture", GAZETTEER, "county"),
                loader.required(county, "province", GAZETTEER, "county"),
                towns,
                villages);
    }

    /** The towns that answer for places must be the official ones, all of them and only them. */
    private void checkRegions(List<String> towns, List<Region> regions) {
        Set<String> listed = new HashSet<>();
        for (Region region : regions) {
            listed.add(region.name());
            if (!towns.contains(region.name())) {
                loader.problem(
                        REGIONS,
                        "region " + region.name(),
                        "is not a town of the county in " + GAZETTEER,
                        "use the official name of one of " + towns + ", or remove the entry");
            }
        }
        for (String town : towns) {
            if (!listed.contains(town)) {
                loader.problem(
                        REGIONS,
                        "regions",
                        "the official town " + town + " is missing",
                        "add '- {name: "
                                + town
                                + ", aliases: [...], government: ...}' and its government to "
                                + SeedLoader.UNITS);
            }
        }
    }
}
