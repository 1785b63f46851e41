package org.huixiang.common.model;

/** The two deadlines a unit is measured on. */
public enum DeadlineKind {
    /** 签收. */
    ACKNOWLEDGE("签收"),
    /** 回应/办结. */
    RESPOND("回应");

    private final String chinese;

    DeadlineKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
