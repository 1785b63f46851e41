package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.List;

/**
 * A government unit that can be asked to respond. Its official short name is its identity in
 * alerts, indices and routing; aliases are what people actually write (教体局, 住建局, …).
 *
 * @param kind department (县级部门), town (镇人民政府) or other
 * @param duties words for what the unit is in charge of, used to explain routing
 */
public record Unit(String name, List<String> aliases, String kind, List<String> duties)
        implements Serializable {}
