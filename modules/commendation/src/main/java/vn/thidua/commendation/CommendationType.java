package vn.thidua.commendation;

/**
 * Types of commendation (RULES.md §3), exactly one per commendation: regular (annual), thematic (a movement),
 * sudden, foreign, career contribution, length of service, wartime.
 */
public enum CommendationType {
    THUONG_XUYEN, CHUYEN_DE, DOT_XUAT, DOI_NGOAI, CONG_HIEN, NIEN_HAN, KHANG_CHIEN
}
