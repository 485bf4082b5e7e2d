package vn.thidua.organisation;

/** Disciplinary measures, from the lightest to the heaviest: the order is meaningful to the rules. */
public enum DisciplineLevel {
    KHIEN_TRACH, CANH_CAO, KEO_DAI_NANG_LUONG, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC, SA_THAI, KHAI_TRU;

    public boolean atLeast(DisciplineLevel other) {
        return compareTo(other) >= 0;
    }
}
