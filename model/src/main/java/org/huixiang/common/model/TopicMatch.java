package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/** A policy topic assigned to a document, with the score and the terms that explain it. */
public record TopicMatch(String id, String name, double score, List<TermHit> matchedTerms)
        implements Serializable {}
