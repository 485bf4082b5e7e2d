package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.commendation.AwardKind.FORM;
import static vn.thidua.commendation.AwardKind.TITLE;
import static vn.thidua.commendation.CommendationType.CHUYEN_DE;
import static vn.thidua.commendation.CommendationType.DOT_XUAT;
import static vn.thidua.commendation.CommendationType.NIEN_HAN;
import static vn.thidua.commendation.CommendationType.THUONG_XUYEN;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.CommendationType;

class DuplicatesTest {

    private static Duplicates.Held held(String award, AwardKind kind, int year, CommendationType type, String movement) {
        return new Duplicates.Held(1, award, kind, year, type, movement);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the same title in the same year", held("LDTT", TITLE, 2024, THUONG_XUYEN, null),
                        "LDTT", TITLE, 2024, THUONG_XUYEN, null, true),
                Arguments.of("the same title in another year", held("LDTT", TITLE, 2023, THUONG_XUYEN, null),
                        "LDTT", TITLE, 2024, THUONG_XUYEN, null, false),
                Arguments.of("another title in the same year", held("LDTT", TITLE, 2024, THUONG_XUYEN, null),
                        "CSTDCS", TITLE, 2024, THUONG_XUYEN, null, false),
                Arguments.of("a form beside a title of the same year", held("LDTT", TITLE, 2024, THUONG_XUYEN, null),
                        "GIAY_KHEN", FORM, 2024, THUONG_XUYEN, null, false),
                Arguments.of("two forms for the same regular year", held("GIAY_KHEN", FORM, 2024, THUONG_XUYEN, null),
                        "BANG_KHEN_TINH", FORM, 2024, THUONG_XUYEN, null, true),
                Arguments.of("a regular year's form and a movement's form", held("GIAY_KHEN", FORM, 2024, THUONG_XUYEN, null),
                        "BANG_KHEN_TINH", FORM, 2024, CHUYEN_DE, "PT_NTM", false),
                Arguments.of("two forms for the same movement", held("GIAY_KHEN", FORM, 2023, CHUYEN_DE, "PT_NTM"),
                        "BANG_KHEN_TINH", FORM, 2024, CHUYEN_DE, "PT_NTM", true),
                Arguments.of("forms for two movements", held("GIAY_KHEN", FORM, 2024, CHUYEN_DE, "PT_NTM"),
                        "GIAY_KHEN", FORM, 2024, CHUYEN_DE, "PT_CCHC", false),
                Arguments.of("two sudden achievements", held("GIAY_KHEN", FORM, 2024, DOT_XUAT, null),
                        "GIAY_KHEN", FORM, 2024, DOT_XUAT, null, false),
                Arguments.of("the same service award twice", held("HUY_HIEU_TINH", FORM, 2020, NIEN_HAN, null),
                        "HUY_HIEU_TINH", FORM, 2024, NIEN_HAN, null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneAchievementOneAward(String name, Duplicates.Held held, String award, AwardKind kind, int year,
                                CommendationType type, String movement, boolean duplicate) {
        assertThat(Duplicates.conflict(List.of(held), award, kind, year, type, movement).isPresent()).isEqualTo(duplicate);
    }
}
