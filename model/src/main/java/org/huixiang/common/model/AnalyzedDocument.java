package org.huixiang.common.model;

import java.io.Serializable;

/** A document with its analysis: what the analysis stage emits and the alerting stage reads. */
public record AnalyzedDocument(Document document, Analysis analysis) implements Serializable {}
