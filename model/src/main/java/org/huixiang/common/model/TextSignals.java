package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a post carries besides its words: links (removed from the text), @mentions, #话题# hashtags
 * and emoticons such as [怒] (both kept in the text too). Fields for filters and facets, and signals
 * for sentiment and reach.
 */
public record TextSignals(
        List<String> urls, List<String> mentions, List<String> hashtags, List<String> emoticons)
        implements Serializable {

    public static final TextSignals NONE =
            new TextSignals(List.of(), List.of(), List.of(), List.of());
}
