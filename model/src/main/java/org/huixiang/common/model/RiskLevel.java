package org.huixiang.common.model;

/**
 * The four levels of public-opinion risk used by Chinese emergency management, most severe first.
 * Level I and II are 特别重大/重大: they carry the 5-hour and 24-hour release deadlines.
 */
public enum RiskLevel {
    I("特别重大"),
    II("重大"),
    III("较大"),
    IV("一般");

    private final String chinese;

    RiskLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** True when this level is at least as severe as {@code other} (I is the most severe). */
    public boolean atLeast(RiskLevel other) {
        return ordinal() <= other.ordinal();
    }
}
