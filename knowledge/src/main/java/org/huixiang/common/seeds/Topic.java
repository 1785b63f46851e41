package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A policy topic: what it is about (weighted keywords), what rules it out (exclusions), who answers
 * for it (lead and responsible units), which rows of the county's task list it comes from, and how
 * sensitive it is (high topics raise risk).
 */
public record Topic(
        String id,
        String name,
        String description,
        String lead,
        List<String> responsible,
        Map<String, Double> keywords,
        List<String> exclude,
        List<Integer> tasks,
        Sensitivity sensitivity)
        implements Serializable {

    /** How much attention a negative text on this topic deserves. */
    public enum Sensitivity {
        LOW,
        MEDIUM,
        HIGH
    }
}
