package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/** Risk score in 0..1, the level it maps to, and the reasons that produced it. */
public record Risk(double score, RiskLevel level, List<String> reasons) implements Serializable {}
