package org.huixiang.common.model;

import java.io.Serializable;

/** The author of a public post as the platform shows it (public account data, not masked). */
public record Author(String name, String id, boolean verified, long followers)
        implements Serializable {}
