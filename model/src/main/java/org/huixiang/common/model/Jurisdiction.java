package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * Whether a document is the county's to answer (属地/涉我), with what decided it.
 *
 * @param names the place names, units and channels that decided the scope, as written
 * @param reasons one sentence per piece of evidence, for people
 */
public record Jurisdiction(JurisdictionScope scope, List<String> names, List<String> reasons)
        implements Serializable {

    public Jurisdiction {
        names = names == null ? List.of() : List.copyOf(names);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean local() {
        return scope == JurisdictionScope.LOCAL;
    }
}
