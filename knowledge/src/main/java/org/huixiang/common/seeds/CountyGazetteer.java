package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.List;

/**
 * The county's official places, from {@code gazetteer/county.yaml} (generated from 国家统计局's
 * 统计用区划代码): its code and name, the prefecture and province above it, its towns and its villages and
 * communities (村、社区).
 */
public record CountyGazetteer(
        String code,
        String name,
        String prefecture,
        String province,
        List<String> towns,
        List<Village> villages)
        implements Serializable {

    public CountyGazetteer {
        towns = List.copyOf(towns);
        villages = List.copyOf(villages);
    }

    /**
     * A village committee or community of the county.
     *
     * @param town the town it belongs to
     * @param namesakes how many villages and communities elsewhere in China have the same name: a
     *     name no other place has says "the county" by itself, a common one (胜利村) does not
     */
    public record Village(String code, String name, String town, int namesakes)
            implements Serializable {}
}
