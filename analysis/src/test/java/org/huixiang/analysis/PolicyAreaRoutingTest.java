package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One message written for each policy area of the county's task list, and for everyday affairs: the
 * analyzer must find the topic and route it to the unit the task list (or county practice) makes
 * responsible.
 */
class PolicyAreaRoutingTest {

    private static CountyAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new CountyAnalyzer(SeedLoader.loadDefault());
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            县里今年的重大项目什么时候公开进展？产业园那个项目说好开工到现在还没动静 | major-projects | 县发展改革局
            想了解一下高县对科技创新企业有什么扶持，我们公司申请了专利能不能拿补助 | tech-innovation | 县经信科技局
            我们村的脱贫户今年没拿到衔接资金，乡村振兴的钱到底用在哪了，能不能公示一下 | rural-revitalization | 县乡村振兴局
            我是今年毕业的大学生，想问问县里有没有针对高校毕业生的就业政策和公益性岗位 | employment | 县人力资源社会保障局
            我妈七十多岁一个人住，低保申请了两次都没批，社会救助到底怎么申请 | social-assistance | 县民政局
            孩子明年上小学，学区怎么划的？入学要准备哪些材料？ | education | 县教育体育局
            小区的天然气安装费收了三千多，供气公司的收费标准在哪里能查到 | public-service-fees | 县行政审批非公经济发展局
            县财政局的预决算在哪里公开？想看看今年的财政预算 | fiscal-budget | 县财政局
            去年提的人大代表建议办理结果在哪里能看到 | open-government | 县政府办公室
            审计发现的问题整改了没有，审计整改结果什么时候公开 | audit | 县审计局
            市场监管局的双随机、一公开抽查结果在哪里查询 | law-enforcement | 县司法局
            县政府的规范性文件清理目录公开了吗 | open-government | 县政府办公室
            我们是小企业，想了解最新的财税政策和金融政策，有没有人上门讲解 | business-environment | 县行政审批非公经济发展局
            我上个月提交了政府信息公开申请，到现在都没有答复，依申请公开不是有期限吗 | open-government | 县政府办公室
            网上都在传庆符镇化工厂爆炸了，有人受伤，政府为什么还不发布权威信息 | emergency-safety | 县应急局
            政府网站上的政策文件库搜索不好用，老年人根本找不到 | open-government | 县政府办公室
            沙河镇的路灯坏了一个月没人修，晚上很危险 | urban-management | 县综合执法局
            腾龙镇有个养猪场污水直排河里，臭得不行 | environment | 县生态环境局
            嘉乐镇某小区物业乱收费，电梯坏了也不修 | housing | 县住建城管局
            罗场镇到县城的班车太少了，一天就两趟 | transport | 县交通运输局
            工地老板拖欠工资三个月，农民工讨薪无门 | labor-rights | 县人力资源社会保障局
            超市卖过期牛奶，找商家理论还被骂 | food-market | 县市场监管局
            """)
    void routesEachPolicyArea(String text, String topic, String lead) {
        Analysis a = analyzer.analyze(CountyAnalyzerTest.post(text, null, Engagement.NONE));
        assertThat(a.topics()).as(a.tokens().toString()).isNotEmpty();
        assertThat(a.topics().get(0).id()).as(a.topics().toString()).isEqualTo(topic);
        assertThat(a.routing().leadUnit()).isEqualTo(lead);
        assertThat(a.routing().unrouted()).isFalse();
    }
}
