package org.huixiang.common.model;

/**
 * What a citizen's message asks for (诉求类型), as 12345 hotlines sort their 工单: it sets the case's
 * time limit and what a good reply must do.
 */
public enum AppealType {
    /** 紧急求助: life, safety or property at immediate risk; timed in hours. */
    URGENT_HELP("紧急求助"),
    /** 举报: reports someone else's wrongdoing for investigation. */
    REPORT("举报"),
    /** 投诉: a grievance against a service, a unit or a business, wanting it put right. */
    COMPLAINT("投诉"),
    /** 求助: asks for help with a difficulty. */
    HELP("求助"),
    /** 建议: proposes an improvement. */
    SUGGESTION("建议"),
    /** 咨询: asks for information (policy, procedure). */
    INQUIRY("咨询"),
    /** 表扬: praise or thanks. */
    PRAISE("表扬");

    private final String chinese;

    AppealType(String chinese) {
        this.chinese = chinese;
    }

    /** The name 12345 systems use. */
    public String chinese() {
        return chinese;
    }

    /** The type a name stands for, or null. */
    public static AppealType ofChinese(String name) {
        for (AppealType type : values()) {
            if (type.chinese.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
