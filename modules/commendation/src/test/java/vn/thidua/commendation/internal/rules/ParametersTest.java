package vn.thidua.commendation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParametersTest {

    @ParameterizedTest(name = "{0} \"{1}\" valid: {2}")
    @CsvSource(delimiter = '|', value = {
        "RATING|min=HTTNV;years=0|true",
        "RATING|min=GIOI;years=0|false",
        "RATING|min=HTTNV|false",
        "NO_DISCIPLINE|min=KHIEN_TRACH|true",
        "NO_DISCIPLINE|min=NHE|false",
        "MONTHS_OF_WORK|months=10|true",
        "MONTHS_OF_WORK|months=13|false",
        "HOLDS_AWARD|awards=CSTDCS;years=0,1,2;notReusedBy=CSTD_TINH;period=3|true",
        "HOLDS_AWARD|awards=CSTDCS;years=0,x|false",
        "INITIATIVE|scope=TINH;count=1;window=3|true",
        "INITIATIVE|scope=HUYEN;count=1;window=3|false",
        "UNIT_CAP|of=LDTT;ratio=0.15|true",
        "UNIT_CAP|of=LDTT;ratio=1.5|false",
        "MEMBERS_SHARE|award=LDTT;share=0.7;strict=false|true",
        "MEMBERS_SHARE|award=LDTT;share=bảy mươi|false",
        "MEMBERS_HOLD|award=CSTDCS;count=1|true",
        "MEMBERS_RATING|min=HTNV|true",
        "CLUSTER_RANK|max=1|true",
        "CLUSTER_RANK|max=0|false",
        "CLUSTER_RANK||false",
    })
    void checksTheParametersOfEachKind(ConditionKind kind, String parameters, boolean valid) {
        assertThat(Parameters.problem(kind, parameters).isEmpty()).isEqualTo(valid);
    }
}
