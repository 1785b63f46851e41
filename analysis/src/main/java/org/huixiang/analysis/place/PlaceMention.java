package org.huixiang.analysis.place;

import java.util.List;
import org.huixiang.common.seeds.NationalGazetteer.Place;

/**
 * A place name found in a text and what it may stand for.
 *
 * @param begin where the name starts in the text
 * @param end where it ends (exclusive)
 * @param name the name as written
 * @param kind what the name is to the county
 * @param places the places of China the name may stand for (several for a common town name)
 * @param town for a name inside the county, the town it lies in (null for the county itself); for a
 *     name of the county's that the text gives to another place, the county's town of that name
 */
record PlaceMention(int begin, int end, String name, Kind kind, List<Place> places, String town) {

    /** What a name is to the county. */
    enum Kind {
        /** The county itself: 高县. */
        COUNTY,
        /** One of its towns by its full name, which other towns of China may share. */
        TOWN,
        /** A village or community of the county whose name almost no other place has. */
        VILLAGE,
        /** A village or community of the county whose name many places share (胜利村). */
        COMMON_VILLAGE,
        /** A town's alias that no other place has and that is no common word. */
        ALIAS,
        /** A town's alias that is a common word or shared with other towns (沙河, 县城). */
        WEAK_ALIAS,
        /** The county's prefecture or province: 宜宾市, 四川. */
        ABOVE,
        /** Any other place of China. */
        OTHER;

        /** True for names that say by themselves that a text is about the county. */
        boolean anchorsLocally() {
            return this == COUNTY || this == TOWN || this == VILLAGE || this == ALIAS;
        }
    }

    /**
     * This name taken as another place: a town name of the county that the text gives to a place
     * elsewhere keeps, in {@code town}, which of the county's towns it is a namesake of.
     */
    PlaceMention as(Kind other, List<Place> to) {
        return new PlaceMention(begin, end, name, other, to, town);
    }
}
