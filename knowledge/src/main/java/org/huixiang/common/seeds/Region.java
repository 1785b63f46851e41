package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.List;

/**
 * A town (镇) of the county, the names people use for it, and the government that answers for it.
 */
public record Region(String name, List<String> aliases, String government)
        implements Serializable {}
