package org.huixiang.common.model;

import java.util.List;

/**
 * A message's appeal type and why.
 *
 * @param fromCitizen the citizen chose it (the message's {@code category}), not the classifier
 * @param reasons the cues that decided, in words, e.g. {@code 举报: "实名举报"}
 */
public record Appeal(AppealType type, boolean fromCitizen, List<String> reasons) {
    public Appeal {
        reasons = List.copyOf(reasons);
    }
}
