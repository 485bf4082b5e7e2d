package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.organisation.MemberCount;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitKind;

class DecidingAuthorityTest {

    private static final UnitDetails PROVINCE = unit("Tỉnh Sơn La", UnitKind.PROVINCE);

    private static UnitDetails unit(String name, UnitKind kind) {
        return new UnitDetails("X", name, kind, null, List.of(), LocalDate.of(2020, 1, 1), null, 0, null, List.of(),
                MemberCount.AUTO);
    }

    @ParameterizedTest(name = "{0} ({1}) decides as \"{2}\" in {3}")
    @CsvSource(delimiter = '|', value = {
        "Tỉnh Sơn La            | PROVINCE   | Ủy ban nhân dân tỉnh Sơn La      | Sơn La",
        "Phường Mộc Châu        | COMMUNE    | Ủy ban nhân dân phường Mộc Châu  | Mộc Châu",
        "Xã Chiềng Mung         | COMMUNE    | Ủy ban nhân dân xã Chiềng Mung   | Chiềng Mung",
        "Huyện Mai Sơn          | DISTRICT   | Ủy ban nhân dân huyện Mai Sơn    | Mai Sơn",
        "UBND xã Mường Bú       | COMMUNE    | UBND xã Mường Bú                 | Mường Bú",
        "Sở Y tế                | DEPARTMENT | Sở Y tế                          | Sơn La",
        "Trường THCS Tô Hiệu    | SCHOOL     | Trường THCS Tô Hiệu              | Sơn La",
    })
    void aUnitDecidesThroughItsCommitteeOrItsHead(String name, UnitKind kind, String authority, String place) {
        UnitDetails unit = unit(name, kind);
        assertThat(DecidingAuthority.name(unit)).isEqualTo(authority);
        assertThat(DecidingAuthority.place(unit, PROVINCE)).isEqualTo(place);
    }
}
