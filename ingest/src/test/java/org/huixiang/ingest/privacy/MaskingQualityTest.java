package org.huixiang.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.huixiang.common.privacy.PersonalDataMasker;
import org.junit.jupiter.api.Test;

/**
 * The masker on 5,000 generated messages (seeded) holding every kind of personal data and
 * look-alike distractors. Targets: recall ≥ 0.99 with precision ≥ 0.95.
 */
class MaskingQualityTest {

    @Test
    void recallAndPrecisionOnTheGeneratedSet() {
        MaskingEvaluation e = MaskingEvaluation.of(new PiiCorpus(20261128L).samples(5000));
        System.out.println("masking on 5000 generated messages: " + e);
        assertThat(e.recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(e.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(e.recallByKind().keySet())
                .containsExactly("address", "bank_card", "email", "id_card", "landline", "mobile");
    }

    @Test
    void homeAddressesLoseTheirDetailButKeepTheTown() {
        assertThat(PersonalDataMasker.mask("家住庆符镇光明村3组15号，路灯坏了").text())
                .isEqualTo("家住庆符镇******，路灯坏了");
        assertThat(PersonalDataMasker.mask("住址：南广路12号2栋301室").text()).isEqualTo("住址：******");
        assertThat(PersonalDataMasker.mask("县政务服务中心在南广路12号").text()).isEqualTo("县政务服务中心在南广路12号");
    }
}
