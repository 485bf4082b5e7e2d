package vn.thidua.commendation.internal.application;

import java.util.List;
import java.util.Locale;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitKind;

/**
 * The authority that decides a batch's awards, as its decisions name it: a province, district or commune decides
 * through its people's committee ("Ủy ban nhân dân tỉnh Sơn La"), any other unit through its head ("Sở Y tế"). Its
 * place name heads the decision's date line ("Sơn La, ngày …"): a committee's own, the province's for the others.
 */
final class DecidingAuthority {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> KIND_WORDS = List.of("Thành phố ", "Tỉnh ", "Huyện ", "Quận ", "Thị xã ",
            "Thị trấn ", "Xã ", "Phường ", "Đặc khu ");

    private DecidingAuthority() {
    }

    static boolean governedByCommittee(UnitKind kind) {
        return kind == UnitKind.PROVINCE || kind == UnitKind.DISTRICT || kind == UnitKind.COMMUNE;
    }

    /** "Tỉnh Sơn La" → "Ủy ban nhân dân tỉnh Sơn La"; "Sở Y tế" stays; a name that already says it stays. */
    static String name(UnitDetails unit) {
        String name = unit.name().strip();
        if (!governedByCommittee(unit.kind()) || vn.thidua.commendation.SignerPosition.isCommittee(name)) {
            return name;
        }
        return "Ủy ban nhân dân " + name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
    }

    /** "Tỉnh Sơn La" → "Sơn La", "Phường Mộc Châu" → "Mộc Châu"; a unit without a committee: the province's. */
    static String place(UnitDetails unit, UnitDetails province) {
        UnitDetails named = governedByCommittee(unit.kind()) || province == null ? unit : province;
        String name = named.name().strip().replaceFirst("(?iu)^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\\s+", "");
        for (String word : KIND_WORDS) {
            if (name.regionMatches(true, 0, word, 0, word.length())) {
                return name.substring(word.length()).strip();
            }
        }
        return name;
    }
}
