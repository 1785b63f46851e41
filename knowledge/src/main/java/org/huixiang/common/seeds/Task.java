package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the county's task list (重点工作任务清单).
 *
 * @param row the row's position in the source document, from 1
 * @param level1 一级指标
 * @param level2 二级指标
 * @param work 重点工作
 * @param lead 牵头单位 (official names; empty where the source has none)
 * @param responsible 责任单位 (official names, 各镇 expanded to the town governments)
 * @param groups collective references kept as written (县政府工作部门, 有关单位, …)
 * @param deadline 完成时限, or null for 长期坚持 (ongoing)
 * @param deadlineText the source's wording of the deadline
 */
public record Task(
        int row,
        String level1,
        String level2,
        String work,
        List<String> lead,
        List<String> responsible,
        List<String> groups,
        LocalDate deadline,
        String deadlineText)
        implements Serializable {

    public boolean ongoing() {
        return deadline == null;
    }
}
