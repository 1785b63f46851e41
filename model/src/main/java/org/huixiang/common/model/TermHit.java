package org.huixiang.common.model;

import java.io.Serializable;

/** A term of the taxonomy that occurred in a text, how often, and the weight it contributed. */
public record TermHit(String term, double weight, int count) implements Serializable {}
