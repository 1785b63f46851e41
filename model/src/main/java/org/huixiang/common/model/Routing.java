package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * Which units must answer: the lead unit (牵头单位) answers first, the responsible units (责任单位) share
 * the duty. {@code unrouted} marks a document that matched no topic with enough confidence and went
 * to the default unit instead of a guess.
 */
public record Routing(
        String leadUnit, List<String> responsibleUnits, List<String> reasons, boolean unrouted)
        implements Serializable {}
