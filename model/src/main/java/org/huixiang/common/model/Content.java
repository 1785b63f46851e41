package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * What kind of speech a document is, with the cues that decided it.
 *
 * @param cues the words and signs that decided the label, e.g. {@code 诉求「没人管」}
 */
public record Content(ContentLabel label, List<String> cues) implements Serializable {

    public Content {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
