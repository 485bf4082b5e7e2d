package vn.thidua.commendation.internal.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.commendation.AwardKind;
import vn.thidua.commendation.CommendationType;

/**
 * One achievement is rewarded once (Law 2022; RULES.md §2). A title is held at most once per recipient and
 * year. A form is given once per achievement, and one achievement carries one form: the achievement of a
 * regular year is (recipient, year); of a movement, (recipient, movement); a sudden or foreign achievement is
 * its own event; a career, service or wartime award is given once per award.
 */
public final class Duplicates {

    /**
     * What the rule needs of a commendation already held (active: neither revoked nor superseded). A negative id
     * stands for an earlier row of an import file (minus its row number).
     */
    public record Held(long id, String awardCode, AwardKind kind, int year, CommendationType type, String movementCode)
            implements java.io.Serializable {
    }

    private Duplicates() {
    }

    static Optional<Held> conflict(List<Held> held, String awardCode, AwardKind kind, int year, CommendationType type,
                                   String movementCode) {
        return held.stream().filter(h -> duplicates(h, awardCode, kind, year, type, movementCode)).findFirst();
    }

    private static boolean duplicates(Held h, String awardCode, AwardKind kind, int year, CommendationType type,
                                      String movementCode) {
        if (kind == AwardKind.TITLE) {
            return h.kind() == AwardKind.TITLE && h.awardCode().equals(awardCode) && h.year() == year;
        }
        if (h.kind() != AwardKind.FORM || h.type() != type) {
            return false;
        }
        return switch (type) {
            case THUONG_XUYEN -> h.year() == year;
            case CHUYEN_DE -> movementCode != null && Objects.equals(h.movementCode(), movementCode);
            case DOT_XUAT, DOI_NGOAI -> false;
            case CONG_HIEN, NIEN_HAN, KHANG_CHIEN -> h.awardCode().equals(awardCode);
        };
    }
}
