package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.Set;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.JurisdictionScope;

/**
 * Which documents may raise alerts at all (the {@code scope} of {@code rules.yaml}): by default
 * appeals and incident reports that are the county's. Every document is indexed and searchable; the
 * others only raise no document, event or surge alert.
 */
public record AlertScope(Set<JurisdictionScope> jurisdictions, Set<ContentLabel> content)
        implements Serializable {

    public AlertScope {
        jurisdictions = Set.copyOf(jurisdictions);
        content = Set.copyOf(content);
    }

    /** True when a document of this analysis may raise or join an alert. */
    public boolean admits(Analysis analysis) {
        return analysis.jurisdiction() != null
                && analysis.content() != null
                && jurisdictions.contains(analysis.jurisdiction().scope())
                && content.contains(analysis.content().label());
    }
}
