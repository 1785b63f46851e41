package org.huixiang.common.model;

/**
 * Whether a document concerns the county (属地): {@code LOCAL} when it is about the county or came
 * through its own channels; {@code REGIONAL} when it names only the county's prefecture or province
 * (宜宾市, 四川) with no anchor in the county; {@code ELSEWHERE} when it is about another place; {@code
 * UNKNOWN} when it says nothing about where.
 */
public enum JurisdictionScope {
    LOCAL("本地"),
    REGIONAL("本市本省"),
    ELSEWHERE("外地"),
    UNKNOWN("地点不明");

    private final String chinese;

    JurisdictionScope(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
