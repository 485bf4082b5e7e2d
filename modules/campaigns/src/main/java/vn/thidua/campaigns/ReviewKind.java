package vn.thidua.campaigns;

/** Interim (sơ kết) or final (tổng kết) review of a movement. */
public enum ReviewKind {
    INTERIM, FINAL
}
