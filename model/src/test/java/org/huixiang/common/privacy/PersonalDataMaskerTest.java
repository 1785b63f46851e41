package org.huixiang.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            mobile    | 请联系13812345678谢谢          | 请联系138****5678谢谢
            mobile    | 电话 +86 138-1234-5678        | 电话 138****5678
            landline  | 座机0831-5612345              | 座机0831*****45
            id_card   | 号码511525198807151232        | 号码511*************32
            id_card   | 旧证511525880715123           | 旧证511**********23
            id_card   | 身份证号511525198807151234     | 身份证号511*************34
            bank_card | 卡号6222 0202 0000 0000 006   | 卡号6222***********0006
            email     | 邮箱 gx123@example.com        | 邮箱 g***@example.com
            """)
    void masksPersonalData(String kind, String text, String expected) {
        PersonalDataMasker.Masked masked = PersonalDataMasker.mask(text);
        assertThat(masked.text()).isEqualTo(expected);
        assertThat(masked.kinds()).containsExactly(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "订单号202611201234567890已发货",
                "2026-11-20 09:30 开会",
                "补贴金额12000元，共计1234567.89元",
                "编号511525198807151234的项目",
                "卡号6222020200000000007（校验位不对）"
            })
    void leavesDistractorsAlone(String text) {
        PersonalDataMasker.Masked masked = PersonalDataMasker.mask(text);
        assertThat(masked.text()).isEqualTo(text);
        assertThat(masked.kinds()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            家住     | 家住庆符镇新村3组12号      | 家住庆符镇******
            住址     | 住址：南广路12号2栋301室    | 住址：******
            家庭住址 | 家庭住址是沙河镇金竹村5组   | 家庭住址是沙河镇*****
            住在     | 住在文江镇大桥路8号         | 住在文江镇*****
            我家在   | 我家在来复镇红星村2组       | 我家在来复镇*****
            地址是   | 地址是胜天镇光明路3号       | 地址是胜天镇*****
            """)
    void masksAHomeAddressAfterEachOfItsCues(String cue, String text, String expected) {
        PersonalDataMasker.Masked masked = PersonalDataMasker.mask(text);
        assertThat(masked.text()).isEqualTo(expected);
        assertThat(masked.kinds()).containsExactly("address");
    }

    @Test
    void masksNamesKeepingTheFamilyName() {
        assertThat(PersonalDataMasker.maskName("张三")).isEqualTo("张*");
        assertThat(PersonalDataMasker.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalDataMasker.maskName("王")).isEqualTo("王*");
    }
}
